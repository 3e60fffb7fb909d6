"""Wrong: returns a list [count, mean, variance]; the contract asks for a tuple."""


def running_stats(values):
    count = 0
    mean = 0.0
    m2 = 0.0
    for x in values:
        count += 1
        delta = x - mean
        mean += delta / count
        m2 += delta * (x - mean)
    if count == 0:
        raise ValueError("no values")
    return [count, mean, m2 / count]
