print("attention example: not yet")
