print("examples: not yet")
