import TuskCLI

TuskCommand.main()
