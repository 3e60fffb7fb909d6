"""Code that runs inside the solution process. It imports nothing from `judge`:
the child is started as a plain script with this folder on its path."""
