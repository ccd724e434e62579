import TuskIR
