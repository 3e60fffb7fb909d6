"""Fixed cases, one transfer at a time, then many threads at once.

The judge's accounts (support.py) let other threads run inside every read and
write of .balance and every read of .lock, and the concurrent scenarios switch
threads every microsecond, so an unsafe transfer fails these tests on every run.
"""

import random

from judge.testing import RemoteError, TooSlow, WrongAnswer, asking

# one transfer at a time ------------------------------------------------------------------


def test_statement_example(bank):
    b = bank([100, 50])
    b.move(0, 1, 30)
    b.move(1, 0, 80)


def test_the_whole_balance_can_move(bank):
    b = bank([100, 0])
    b.move(0, 1, 100)
    b.move(1, 0, 1)


def test_not_enough_money_is_a_value_error_and_changes_nothing(bank):
    b = bank([10, 0])
    b.refuse(0, 1, 11, "a.balance is 10, less than 11")
    b.refuse(1, 0, 1, "b.balance is 0")
    b.move(0, 1, 10)


def test_amount_must_be_positive(bank):
    b = bank([10, 20])
    b.refuse(0, 1, 0, "the amount must be more than 0")
    b.refuse(0, 1, -5, "a negative amount would move money backwards")
    b.refuse(1, 0, -20, "a negative amount would move money backwards")


def test_transfer_to_the_same_account_is_a_value_error(bank):
    b = bank([50, 0])
    b.refuse(0, 0, 10, "src is dst")
    b.move(0, 1, 10)


def test_accounts_are_usable_after_a_refused_transfer(bank):
    b = bank([5, 5])
    b.refuse(0, 1, 6, "a.balance is 5, less than 6")
    b.move(0, 1, 5)
    b.move(1, 0, 10)


def test_large_amounts_and_ids_in_any_order(bank):
    b = bank([10**18, 1, 7], ids=[42, -3, 7])
    b.move(0, 2, 10**18 - 1)
    b.move(2, 1, 10**18)
    b.refuse(0, 1, 2, "a.balance is 1, less than 2")


# many threads at once ---------------------------------------------------------------------


DEADLOCK = "two transfers in opposite directions that lock src then dst wait for each other forever"


def run(support, start, plans, ids=None, *, asked, if_slow=DEADLOCK):
    with asking(asked, if_slow=if_slow):
        report = support.run_concurrently(start, plans, ids)
    if report["errors"]:
        raise RemoteError(report["errors"][0], f"transfer(...) in one of {len(plans)} threads running at once")
    return report


def describe(start, plans) -> str:
    moves = sum(len(p) for p in plans)
    return f"{len(plans)} threads made {moves:,} transfers at once among {len(start)} accounts (balances {start})"


def test_two_threads_in_opposite_directions(support):
    start = [1000, 1000]
    plans = [[(0, 1, 1)] * 200, [(1, 0, 1)] * 200]
    report = run(support, start, plans, asked="transfer(a, b, 1) and transfer(b, a, 1) from 2 threads at once, 200 times each way")
    if not report["finished"]:
        raise TooSlow(
            "two transfers in opposite directions waited for each other forever: one thread repeated "
            "transfer(a, b, 1) while another repeated transfer(b, a, 1), and after "
            f"{report['done']} transfers both were stuck, each holding the lock the other needed; "
            "take the two locks in one fixed order (for instance by account id), whatever the direction"
        )
    check_balances(report, start, plans)


def test_many_threads_in_every_direction(support):
    rng = random.Random(9)
    start = [100_000] * 5
    plans = []
    for _ in range(8):
        plans.append([(*rng.sample(range(5), 2), rng.randint(1, 20)) for _ in range(150)])
    report = run(support, start, plans, ids=[7, 3, 11, 5, 2],
                 asked="transfer() from 8 threads at once, 150 times each, between random pairs of 5 accounts")
    if not report["finished"]:
        raise TooSlow(
            f"{describe(start, plans)}: after {report['done']} transfers, transfers in opposite directions waited for "
            "each other forever; take the two locks in one fixed order (for instance by account id)"
        )
    check_balances(report, start, plans)


def check_balances(report, start, plans):
    expected = list(start)
    for plan in plans:
        for i, j, amount in plan:
            expected[i] -= amount
            expected[j] += amount
    refused = sum(report["refused"])
    if refused:
        raise WrongAnswer(
            f"{describe(start, plans)}: {refused} transfers raised ValueError, but every account always had "
            "far more than any amount, so none should have"
        )
    got = report["balances"]
    if got != expected:
        lost = sum(start) - sum(got)
        how = (f"the total went from {sum(start):,} to {sum(got):,}, so updates were lost" if lost
               else "the total is right but money landed in the wrong accounts, so updates were lost")
        raise WrongAnswer(
            f"{describe(start, plans)}: the balances ended {got}, expected {expected}; {how}: two threads read "
            "the same balance and both wrote back their own result. Hold both accounts' locks while you read, "
            "check and write the balances"
        )


def test_many_threads_drain_one_account(support):
    start = [50] + [0] * 8
    plans = [[(0, k + 1, 1)] * 20 for k in range(8)]
    report = run(support, start, plans, asked="transfer(a, …, 1) from 8 threads at once, 20 times each, out of an account a holding 50",
                 if_slow="a transfer that raises ValueError while holding a lock, outside a `with` block, never releases it, "
                         "and every later transfer from a waits for it forever")
    if not report["finished"]:
        raise TooSlow(f"{describe(start, plans)}: after {report['done']} transfers, the threads waited for each other forever")
    got = report["balances"]
    story = "8 threads each tried 20 times at once to transfer 1 out of account a, which held 50"
    if min(got) < 0:
        raise WrongAnswer(
            f"{story}: a.balance ended at {got[0]}, and a balance must never go negative. The balance was checked "
            "before the locks were taken, so several threads saw the last coin and all took it: check "
            "src.balance < amount after taking the locks"
        )
    if sum(got) != 50:
        raise WrongAnswer(f"{story}: the balances ended {got}, which hold {sum(got)} in total instead of 50: updates were lost")
    if got[0] != 0 or sum(report["succeeded"]) != 50:
        raise WrongAnswer(
            f"{story}: {sum(report['succeeded'])} transfers succeeded and a.balance ended at {got[0]}; exactly 50 "
            "should succeed (the other 110 raise ValueError), leaving a.balance at 0"
        )
