"""Runs in the solution process: one-shot inputs, long streams, and the workload of the space group.

A generator cannot cross to the judge as plain data, so it is made here and reaches
the tests as a handle they pass to running_stats()."""


def one_shot(values):
    """A generator over `values`: it can be read only once."""
    return (v for v in values)


def cycling_stream(n, offset, period, step):
    """A generator of n values offset + (k % period) * step, for k = 0 … n-1."""
    return (offset + (k % period) * step for k in range(n))


def workload_stream(solution, n):
    """One call on a fresh generator of n floats near 1e9, made inside the run so that only
    what running_stats keeps adds to the peak: each float is dropped once it is read."""

    def run():
        solution.running_stats(cycling_stream(n, 1e9, 1000, 0.5))

    return run, 1
