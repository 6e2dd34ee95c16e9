from entente.labels import actor_label, event_label


def test_country_and_role_read_as_words():
    assert actor_label("KAZGOV") == "Kazakhstan — government"
    assert actor_label("RUSMIL") == "Russia — military"


def test_organisation_codes_give_the_spelled_out_name():
    assert actor_label("IGOEAEU") == "Eurasian Economic Union"
    assert actor_label("IGOUNO") == "United Nations"


def test_a_role_without_a_country_says_so():
    assert actor_label("OPP") == "political opposition (country not stated)"


def test_unknown_codes_pass_through_and_empty_stays_empty():
    assert actor_label("XYZ") == "XYZ"
    assert actor_label("") == ""


def test_event_codes_and_roots_have_cameo_names():
    assert event_label("051") == "Praise or endorse"
    assert event_label("11") == "Disapprove"
    assert event_label("999") == ""
