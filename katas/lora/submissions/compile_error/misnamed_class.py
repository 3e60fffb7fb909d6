"""Compile error: the class is called LoraLinear, so the required name LoRALinear is missing."""



class LoraLinear:
    def __init__(self, W, rank, alpha, rng):
        self.W = W
