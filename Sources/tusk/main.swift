import TuskCLI
