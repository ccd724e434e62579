#ifndef TUSK_CLLVM_SHIM_H
#define TUSK_CLLVM_SHIM_H
/* The LLVM 19 C API used by TuskLLVM. Debian's llvm-19-dev ships no pkg-config file: the
 * importing Swift target passes -Xcc -I/usr/lib/llvm-19/include (Package.swift), and TuskLLVM
 * checks LLVMGetVersion at run time, so headers of another LLVM on the default include path are
 * caught instead of silently used. */
#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/BitReader.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Error.h>
#include <llvm-c/IRReader.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Object.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Support.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#endif
