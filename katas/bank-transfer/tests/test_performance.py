def test_transfer_is_constant_time(engine):
    engine.check_time(
        "transfers",
        sizes=(2_000, 64_000),
        what="transfer() between random accounts, in one thread",
        size_name="n (accounts and transfers)",
        bound="O(1) per transfer: order the two locks by the accounts' ids, not by searching a list of accounts",
        per=lambda n: n,
        steps=4,
    )
