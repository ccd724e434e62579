import Testing
import TuskLLVM

/// The LLVM the process loaded is the one TuskLLVM is written for (PLATFORM.md: a build against
/// LLVM 14's headers or a stray libLLVM must fail clearly, not miscompile).
@Suite struct HostTests {
    @Test func loadsLLVM19() throws {
        try LLVMHost.check()
        #expect(LLVMHost.version.hasPrefix("19."), "loaded LLVM \(LLVMHost.version)")
        #expect(!LLVMHost.cpuName.isEmpty && !LLVMHost.targetTriple.isEmpty)
        #expect(LLVMHost.codeKey.contains(LLVMHost.version) && LLVMHost.codeKey.contains(LLVMHost.cpuName))
    }

    @Test func wrongVersionMessageSaysWhatToDo() {
        let message = LLVMError.wrongVersion(found: "14.0.6").description
        #expect(message.contains("14.0.6") && message.contains("llvm-19-dev") && message.contains("llvm-dev"))
    }
}
