from console.ui.unsaved import UnsavedEdits


def test_an_account_stays_unsaved_until_every_place_saved_it(qtbot):
    unsaved = UnsavedEdits()
    seen: list[str] = []
    unsaved.changed.connect(seen.append)

    unsaved.mark("u1", "meeting-types")
    unsaved.mark("u1", "meeting-types")  # marking twice says nothing new
    unsaved.mark("u1", "availability")
    unsaved.clear("u1", "meeting-types")

    assert unsaved.has("u1")
    assert unsaved.places("u1") == {"availability"}
    unsaved.clear("u1", "availability")
    unsaved.clear("u2", "availability")  # never marked: nothing to say
    assert not unsaved.has("u1")
    assert unsaved.accounts() == frozenset()
    assert seen == ["u1", "u1", "u1", "u1"]
