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


def test_numbers_read_as_an_analyst_writes_them():
    from entente.labels import readable_number, readable_quantity

    assert readable_number(2000000000.0) == "2 billion"
    assert readable_number(1.25e9) == "1.25 billion"
    assert readable_number(170000000.0) == "170 million"
    assert readable_number(200000.0) == "200,000"
    assert readable_number(20.0) == "20"
    assert readable_number(100 / 3) == "33.33"
    assert readable_quantity(7e9, "USD", "about") == "about 7 billion USD"


def test_token_spaced_phrases_read_as_written():
    from entente.labels import detokenise

    assert detokenise("Poland 's foreign minister") == "Poland's foreign minister"
    assert detokenise("agreements worth about $ 7 billion covering transport , energy") == (
        "agreements worth about $7 billion covering transport, energy"
    )
    assert detokenise("the countries ' leaders ( and allies )") == "the countries' leaders (and allies)"


def test_a_pronoun_is_never_a_name():
    from entente.labels import actor_name

    assert actor_name("him", "KAZGOV") == "Kazakhstan — government"
    assert actor_name("their commitment", "BLR") == "Belarus"
    assert actor_name("его", "KAZGOV") == "Kazakhstan — government"
    assert actor_name("Russia 's war", "RUS") == "Russia's war"


def test_event_rows_get_names_beside_their_codes():
    from entente.labels import with_event_labels

    row = with_event_labels({"code": "0234", "source": "KAZGOV", "target": "IGOCSTO"})
    assert row["code"] == "0234" and row["source"] == "KAZGOV"  # the codes stay
    assert (row["root_name"], row["source_name"], row["target_name"]) == (
        "Appeal", "Kazakhstan — government", "Collective Security Treaty Organization",
    )  # fmt: skip
    assert row["code_name"] and row["code_name"] != row["root_name"]
