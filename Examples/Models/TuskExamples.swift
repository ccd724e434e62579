import TuskNN
