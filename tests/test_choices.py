"""Multiple choice: distractors of the answer's type and form, never a second right answer, a fair order."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter

import attrs
import pytest

from quizgen.choices import (
    Pool,
    _magnitude,
    _number_core,
    clashes,
    find_distractors,
    multiple_choice_item,
    normalise,
    option_positions,
    order_options,
    org_class,
    slot_role,
)
from quizgen.entities import place_kind
from quizgen.model import Fact, Source
from quizgen.pipeline import Explanation

EMPTY = Pool(people=(), organisations=(), places=(), numbers=(), dates=(), sentences=())


def fact(
    answer: str, answer_type: str, statement: str, *, question: str = "", alternatives: tuple[str, ...] = ()
) -> Fact:
    start = statement.index(answer)
    return Fact(
        relation="subject" if question else "cloze",
        answer=answer,
        answer_type=answer_type,
        question=question,
        statement=statement,
        statement_answer=(start, start + len(answer)),
        source=Source(
            sentence=statement, start=0, end=len(statement), answer_start=start, answer_end=start + len(answer)
        ),
        alternatives=alternatives,
    )


def mc_items(results: list[Explanation]):  # type: ignore[no-untyped-def]
    return [item for result in results for item in result.quiz.items if item.kind == "multiple_choice"]


# --------------------------------------------------------------------------- properties over articles


def test_articles_give_multiple_choice_items(choice_quizzes: list[Explanation]) -> None:
    if len(choice_quizzes) < 6:
        pytest.skip("the shared news articles are not beside the project")
    # Was 30: teacher review rejected many of the options that made up that count (other types,
    # absurd countries, giveaway pronouns, people who never act in the article), and a refused item
    # stays short answer or cloze. This is a floor against the stage silently making no choices.
    assert len(mc_items(choice_quizzes)) >= 10


def test_every_multiple_choice_item_has_exactly_one_right_option(choice_quizzes: list[Explanation]) -> None:
    for item in mc_items(choice_quizzes):
        assert len(item.choices) == 4, item
        assert [normalise(c) for c in item.choices].count(normalise(item.answer)) == 1, item
        assert item.choices.count(item.answer) == 1


def test_options_are_distinct_after_normalisation(choice_quizzes: list[Explanation]) -> None:
    for item in mc_items(choice_quizzes):
        assert len({normalise(c) for c in item.choices}) == len(item.choices), item.choices


def test_no_option_is_an_alias_or_part_of_the_answer(choice_quizzes: list[Explanation]) -> None:
    for item in mc_items(choice_quizzes):
        right = {normalise(a) for a in (item.answer, *item.alternatives)}
        for option in item.choices:
            if option == item.answer:
                continue
            wrong = normalise(option)
            if item.answer_type in {"number", "quantity", "money", "percent", "date"}:
                assert all(wrong not in r and r not in wrong for r in right), (option, item.answer)
            else:
                assert all(f" {wrong} " not in f" {r} " and f" {r} " not in f" {wrong} " for r in right), option
            if item.answer_type == "person":
                assert all(wrong.split()[-1] != r.split()[-1] for r in right), (option, item.answer)


def _shape(text: str, answer_type: str) -> str:
    if answer_type in {"number", "quantity", "money", "percent"}:
        return re.sub(r"[\d,.]+|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", "N", text.lower())
    if answer_type == "date":
        return re.sub(r"\d+", "N", re.sub("|".join([*calendar.month_name[1:], *calendar.day_name]), "M", text))
    if answer_type == "place":
        return str(place_kind(text))
    return "Name" if text[:1].isupper() else "lower"


def test_all_options_have_the_answers_type_and_form(choice_quizzes: list[Explanation]) -> None:
    for item in mc_items(choice_quizzes):
        shapes = {_shape(c, item.answer_type) for c in item.choices}
        assert shapes == {_shape(item.answer, item.answer_type)}, item.choices


def test_no_option_is_named_in_the_question(choice_quizzes: list[Explanation]) -> None:
    for item in mc_items(choice_quizzes):
        for option in item.choices:
            assert not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", item.question), (option, item.question)


def test_the_right_position_is_spread_over_each_quiz(choice_quizzes: list[Explanation]) -> None:
    for result in choice_quizzes:
        items = [i for i in result.quiz.items if i.kind == "multiple_choice"]
        if len(items) < 12:
            continue
        counts = Counter(i.choices.index(i.answer) for i in items)
        assert max(counts.values()) <= 0.4 * len(items), counts


def test_fallbacks_say_why(choice_quizzes: list[Explanation]) -> None:
    flagship = choice_quizzes[0]
    assert any(f.answer == "Army Tactical Missile Systems" for f in flagship.fallbacks)
    for result in choice_quizzes:
        for fallback in result.fallbacks:
            assert fallback.reason == "no_choices" and fallback.detail


@pytest.mark.parametrize("count", [4, 5, 12, 13, 20, 37])
def test_positions_never_give_one_slot_more_than_its_share(count: int) -> None:
    ids = [f"{i:016x}" for i in range(count)]
    counts = Counter(option_positions(ids).values())
    assert max(counts.values()) <= -(-count // 4) + 1
    assert count < 12 or max(counts.values()) <= 0.4 * count


def test_an_items_position_does_not_depend_on_the_other_items() -> None:
    ids = [f"{i:016x}" for i in range(16)]
    whole = option_positions(ids)
    fewer = option_positions(ids[1:])
    assert sum(whole[i] != fewer[i] for i in ids[1:]) <= 1


def test_shuffle_is_stable_and_keeps_every_option() -> None:
    first = order_options("Joe Biden", ["Donald Trump", "Vladimir Putin", "Serhiy Kuzan"], item="abc", position=2)
    again = order_options("Joe Biden", ["Donald Trump", "Vladimir Putin", "Serhiy Kuzan"], item="abc", position=2)
    assert first == again
    assert first[2] == "Joe Biden"
    assert sorted(first) == sorted(["Joe Biden", "Donald Trump", "Vladimir Putin", "Serhiy Kuzan"])


def test_multiple_choice_ids_differ_from_the_other_kinds(choice_quizzes: list[Explanation]) -> None:
    for result in choice_quizzes:
        ids = [i.id for i in result.quiz.items]
        assert len(ids) == len(set(ids))


# --------------------------------------------------------------------------- tables


@pytest.mark.parametrize(
    ("candidate", "answer", "answer_type", "expected"),
    [
        ("Biden", "Joe Biden", "person", True),
        ("Priscilla Leung", "Baggio Leung", "person", True),
        ("Donald Trump", "Joe Biden", "person", False),
        ("John Key", "John Burrows", "person", False),
        ("United States", "US", "place", True),
        ("America", "United States", "place", True),
        ("US", "Russia", "place", False),
        ("UN", "United Nations", "organisation", True),
        ("over 200", "over 2,000", "number", True),
        ("2000", "2,000", "number", True),
        ("1,000", "2,000", "number", False),
    ],
)
def test_clashes(candidate: str, answer: str, answer_type: str, expected: bool) -> None:
    assert clashes(candidate, answer, answer_type=answer_type) is expected


def _value(text: str) -> float:
    return float(re.sub(r"[^\d.]", "", text))


@pytest.mark.parametrize(
    ("answer", "answer_type", "prefix", "suffix", "low", "high"),
    [
        ("300 kilometers", "quantity", "", " kilometers", 75, 1200),
        ("$55.5 billion", "money", "$", " billion", 13, 230),
        ("€40 million", "money", "€", " million", 10, 160),
        ("84,121", "number", "", "", 21_000, 340_000),
        ("58%", "percent", "", "%", 1, 99),
        ("8000", "number", "", "", 2000, 32_000),
    ],
)
def test_numbers_keep_their_unit_currency_and_magnitude(
    answer: str, answer_type: str, prefix: str, suffix: str, low: float, high: float
) -> None:
    found = find_distractors(fact(answer, answer_type, f"The figure was {answer} last year."), EMPTY, seed="s")
    assert found.complete, found.reason
    for option in found.options:
        assert option.startswith(prefix) and option.endswith(suffix), option
        assert low <= _value(option) <= high and option != answer
        assert ("," in option) == ("," in answer) or _value(answer) < 1000 or _value(option) < 1000


def test_small_numbers_in_words_stay_words() -> None:
    found = find_distractors(fact("five", "number", "The crime involved five hard drives."), EMPTY, seed="s")
    assert found.complete
    assert all(o in {"two", "three", "four", "six", "seven", "eight", "nine", "ten"} for o in found.options)


def test_numbers_the_article_gives_for_the_same_thing_come_first() -> None:
    statement = "Eddie Chu was elected with 84,121 votes."
    pool = Pool(
        people=(),
        organisations=(),
        places=(),
        numbers=(("58,825", "votes"), ("60,760", "votes"), ("50,818", "votes"), ("70", "members")),
        dates=(),
        sentences=("Elizabeth Quat won 58,825 votes.", "Regina Ip won 60,760 votes.", "Nathan Law won 50,818 votes."),
    )
    found = find_distractors(fact("84,121", "number", statement), pool, seed="s")
    assert sorted(found.options) == ["50,818", "58,825", "60,760"]


def test_a_name_in_the_title_is_no_option() -> None:
    from quizgen.analyse import load_pipeline
    from quizgen.choices import article_pool

    nlp = load_pipeline()
    text = "Victoria is a state. Melbourne, Ballarat, Bendigo and Geelong are cities in Victoria. Sydney is not."
    pool = article_pool([nlp(text)], title="Victoria (Australia)")
    assert "Victoria" not in pool.places
    assert "Ballarat" in pool.places


@pytest.mark.parametrize(
    ("question", "complete"),
    [
        ("Who became the first quarterback to win the title twice?", False),  # only quarterbacks will do
        ("Who won the title twice?", True),
    ],
)
def test_a_role_the_question_names_bounds_the_options(question: str, complete: bool) -> None:
    people = (
        ("Cam Newton", "Newton"),
        ("Peyton Manning", "Manning"),
        ("Emmanuel Sanders", "Sanders"),
        ("Jordan Norwood", "Norwood"),
        ("Ted Ginn", "Ginn"),
    )
    roles = (
        ("Cam Newton", "quarterback"),
        ("Peyton Manning", "quarterback"),
        ("Emmanuel Sanders", "receiver"),
        ("Jordan Norwood", "receiver"),
        ("Ted Ginn", "receiver"),
    )
    pool = attrs.evolve(EMPTY, people=people, roles=roles, actors=frozenset(p for p, _ in people))
    statement = question.replace("Who", "Peyton Manning").rstrip("?") + "."
    found = find_distractors(fact("Peyton Manning", "person", statement, question=question), pool, seed="s")
    assert found.complete is complete, (found.options, found.reason)


def test_an_answer_whose_nationality_no_option_shares_gets_no_options() -> None:
    from quizgen.analyse import load_pipeline
    from quizgen.choices import article_pool

    nlp = load_pipeline()
    text = (
        "President Joe Biden approved the missiles. President Volodymyr Zelensky asked for the missiles. "
        "Serhiy Kuzan praised the decision. Russian President Vladimir Putin warned against the missiles. "
        "Donald Trump criticised the aid."
    )
    pool = article_pool([nlp(text)])
    warned = fact("Vladimir Putin", "person", "Vladimir Putin warned.", question="Who warned against the missiles?")
    found = find_distractors(warned, pool, seed="s")
    assert not found.options and "nationality" in found.reason
    asked = fact("Volodymyr Zelensky", "person", "Volodymyr Zelensky asked.", question="Who asked for the missiles?")
    other = find_distractors(asked, pool, seed="s")  # no nationality given: the rule does not apply
    assert other.options and "nationality" not in other.reason


def test_things_named_like_people_are_no_people() -> None:
    from quizgen.analyse import load_pipeline
    from quizgen.choices import article_pool

    nlp = load_pipeline()
    text = (
        "Newcastle is a city in England. Newcastle hosts many events. Newcastle Mela is an annual festival. "
        "The Burghley Nef, a salt-cellar, was made in Paris. Charles Avison was a composer. "
        "Basil Hume was a cardinal. The Joe Biden administration sent an envoy."
    )
    people = [full for full, _ in article_pool([nlp(text)]).people]
    assert "Newcastle Mela" not in people and "Burghley Nef" not in people
    assert {"Charles Avison", "Basil Hume", "Joe Biden"} <= set(people)


def test_no_option_is_within_a_tenth_of_the_answer() -> None:
    statement = "Oxygen makes up 49.2% of the crust by mass."
    pool = attrs.evolve(EMPTY, numbers=(("50%", ""), ("45%", ""), ("12%", ""), ("30%", "")))
    found = find_distractors(fact("49.2%", "percent", statement), pool, seed="s")
    assert found.complete, found.reason
    assert all(abs(_value(o) - 49.2) >= 4.92 for o in found.options), found.options
    assert "50%" not in found.options


@pytest.mark.parametrize(
    ("answer", "pattern"),
    [
        ("2014", r"^(19|20)\d\d$"),
        ("September 24", r"^[A-Z][a-z]+ \d{1,2}$"),
        ("7 May 2015", r"^7 May (?!2015$)20\d\d$"),  # another year: options a day apart test a detail
        ("October", r"^[A-Z][a-z]+$"),
        ("the 1990s", r"^the \d{3}0s$"),
        ("March 2020", r"^March (?!2020$)20\d\d$"),
    ],
)
def test_dates_keep_their_form(answer: str, pattern: str) -> None:
    found = find_distractors(fact(answer, "date", f"It happened in {answer} according to the report."), EMPTY, seed="x")
    assert found.complete, found.reason
    assert all(re.match(pattern, o) and o != answer for o in found.options), found.options


@pytest.mark.parametrize(
    ("statement", "answer", "kind", "above"),
    [
        ("They counted over 700 birds.", "over 700", "number", True),
        ("Yields fell by more than 1,100 tonnes.", "more than 1,100", "quantity", True),
        ("The reduction exceeded 10% of 2000 levels.", "10%", "percent", True),
        ("Prices rose by less than 20 percent a year.", "less than 20 percent", "percent", False),
    ],
)
def test_a_bound_keeps_only_options_it_makes_wrong(statement: str, answer: str, kind: str, above: bool) -> None:
    # Teacher review: "over 700" beside "over 2,000" is also true; only larger options are wrong.
    found = find_distractors(fact(answer, kind, statement), EMPTY, seed="x")
    value = _magnitude(_number_core(answer))
    assert found.options
    for option in found.options:
        other = _magnitude(_number_core(option))
        assert (other > value) if above else (other < value), (option, answer)


def test_dates_stay_in_the_answers_era() -> None:
    # Teacher review: "10 November 1938" offered for Luther's birth in 1483.
    found = find_distractors(fact("1483", "date", "Luther was born in 1483."), EMPTY, seed="x")
    assert all(abs(int(o) - 1483) <= 25 for o in found.options)


def test_years_stay_near_the_answer_but_at_least_three_apart() -> None:
    # Was "within 4 years": teacher review found neighbouring years (2049 for 2050) too close to tell apart.
    found = find_distractors(fact("2014", "date", "The protests began in 2014."), EMPTY, seed="x")
    years = [2014, *map(int, found.options)]
    assert found.complete and all(abs(y - 2014) <= 12 for y in years)
    assert all(abs(a - b) >= 3 for i, a in enumerate(years) for b in years[i + 1 :])


def test_a_past_event_gets_no_year_after_the_articles_date() -> None:
    pool = attrs.evolve(EMPTY, latest_year=2016)
    found = find_distractors(fact("2014", "date", "The protests began in 2014."), pool, seed="x")
    assert found.complete and all(int(o) <= 2016 for o in found.options)


def test_a_forecast_gets_only_later_years() -> None:
    pool = attrs.evolve(EMPTY, latest_year=2014)
    found = find_distractors(fact("2050", "date", "By 2050, hunger would increase."), pool, seed="x")
    assert found.complete and all(int(o) > 2014 for o in found.options)


def test_the_other_start_of_the_same_range_is_refused() -> None:
    other = "The schools were to pay arrears for the period from 2004 to 2009."
    pool = attrs.evolve(EMPTY, dates=("2004",), sentences=(other,))
    item = fact("2006", "date", "The taxes requested in arrears from 2006 to 2009 are under the old system.")
    assert "2004" not in find_distractors(item, pool, seed="x").options


def test_full_dates_keep_a_true_weekday() -> None:
    answer = "Thursday, May 7, 2015"
    found = find_distractors(fact(answer, "date", f"{answer}, the government announced a process."), EMPTY, seed="x")
    assert found.complete
    for option in found.options:
        weekday, rest = option.split(", ", 1)
        assert dt.datetime.strptime(rest, "%B %d, %Y").strftime("%A") == weekday


def test_relative_dates_get_no_choices() -> None:
    found = find_distractors(fact("last month", "date", "It happened last month."), EMPTY, seed="x")
    assert not found.complete and "absolute" in found.reason


PEOPLE = Pool(
    people=(
        ("Joe Biden", "Biden"),
        ("Donald Trump", "Trump"),
        ("Vladimir Putin", "Putin"),
        ("Volodymyr Zelensky", "Zelensky"),
        ("Serhiy Kuzan", "Kuzan"),
        ("Hunter Biden", "Biden"),
    ),
    organisations=(),
    places=(),
    numbers=(),
    dates=(),
    sentences=(
        "President Joe Biden has approved the use of ATACMS by Ukraine.",
        "Trump has suggested a reassessment of US involvement.",
        "Serhiy Kuzan is the head of the Ukrainian Security and Cooperation Centre.",
    ),
)


def test_people_get_other_people_in_the_answers_form() -> None:
    full = fact("Joe Biden", "person", "Joe Biden approved the missiles.", question="Who approved the missiles?")
    assert set(find_distractors(full, PEOPLE, seed="a").options) <= {
        "Donald Trump",
        "Vladimir Putin",
        "Volodymyr Zelensky",
        "Serhiy Kuzan",
    }
    surname = fact("Biden", "person", "Biden approved the missiles.", question="Who approved the missiles?")
    found = find_distractors(surname, PEOPLE, seed="a")
    assert found.complete and set(found.options) <= {"Trump", "Putin", "Zelensky", "Kuzan"}


def test_people_sharing_the_surname_or_named_in_the_question_are_refused() -> None:
    item = fact(
        "Joe Biden",
        "person",
        "Joe Biden met Vladimir Putin.",
        question="Who met Vladimir Putin?",
        alternatives=("Biden",),
    )
    options = find_distractors(item, PEOPLE, seed="a").options
    assert "Hunter Biden" not in options and "Vladimir Putin" not in options


def test_a_person_the_article_says_the_same_of_is_refused() -> None:
    item = fact(
        "Joe Biden",
        "person",
        "Joe Biden has suggested a reassessment of US involvement.",
        question="Who has suggested a reassessment of US involvement?",
    )
    assert "Donald Trump" not in find_distractors(item, PEOPLE, seed="a").options


def test_a_name_the_article_does_not_know_as_a_person_gets_no_choices() -> None:
    item = fact("Nonpartisan Paul Tse", "person", "Nonpartisan Paul Tse won.", question="Who won?")
    found = find_distractors(item, PEOPLE, seed="a")
    assert not found.complete and "not a name" in found.reason


def test_countries_get_countries_and_never_an_alias() -> None:
    item = fact(
        "Russia", "place", "Russia has ramped up drone strikes.", question="Which country has ramped up strikes?"
    )
    found = find_distractors(item, EMPTY, seed="a")
    assert found.complete
    assert all(place_kind(o) == "country" for o in found.options)
    us = fact("US", "place", "The US is the largest supplier.", question="Which country is the largest supplier?")
    assert not {"United States", "America", "USA"} & set(find_distractors(us, EMPTY, seed="a").options)


def test_cities_get_cities_of_the_same_country() -> None:
    item = fact("Lyon", "place", "The summit was held in Lyon.", question="Where was the summit held?")
    found = find_distractors(item, EMPTY, seed="a")
    assert found.complete and all(place_kind(o) == "city" for o in found.options)


def test_a_country_named_in_the_answers_sentence_is_refused() -> None:
    statement = "Malaysia and Indonesia have maintained a policy of turning away boats."
    pool = Pool(
        people=(), organisations=(), places=("Indonesia", "Thailand"), numbers=(), dates=(), sentences=(statement,)
    )
    item = fact("Malaysia", "place", statement, question="Which country has maintained a policy of turning away boats?")
    assert "Indonesia" not in find_distractors(item, pool, seed="a").options


def test_types_without_a_source_get_no_choices() -> None:
    item = fact("Army Tactical Missile Systems", "expansion", "ATACMS stands for Army Tactical Missile Systems.")
    found = find_distractors(item, EMPTY, seed="a")
    assert not found.complete and "expansion" in found.reason


def test_a_pronoun_in_the_question_means_no_person_choices() -> None:
    item = fact(
        "Biden",
        "person",
        "Biden aimed to speed up aid before his departure.",
        question="Who aimed to speed up aid before his departure?",
    )
    found = find_distractors(item, PEOPLE, seed="a")
    assert not found.complete and "gender" in found.reason


@pytest.mark.parametrize(
    ("statement", "answer", "role"),
    [
        ("The president of the Lombardy region, Roberto Maroni, has reacted.", "Roberto Maroni", "president"),
        ("Roberto Maroni, president of the region, has reacted.", "Roberto Maroni", "president"),
        ("The exhibit included Polaroids of author Truman Capote.", "Truman Capote", "author"),
        ("Malaysia's Prime Minister, Najib Razak said it.", "Najib Razak", "minister"),
        ("After the meeting, Najib Razak said it.", "Najib Razak", None),
        ("New People Party's Michael Tien was elected.", "Michael Tien", None),
        ("The missiles were approved by Joe Biden.", "Joe Biden", None),
    ],
)
def test_the_role_an_item_gives_its_person(statement: str, answer: str, role: str | None) -> None:
    assert slot_role(fact(answer, "person", statement)) == role


def test_a_role_item_gets_only_people_the_article_gives_that_role() -> None:
    item = fact("Serhiy Kuzan", "person", "Serhiy Kuzan is the head.", question="Who is the head of the Centre?")
    item = attrs.evolve(item, relation="role")
    found = find_distractors(item, PEOPLE, seed="a")
    assert not found.complete and "head" in found.reason


def test_a_who_said_item_gets_only_people_the_article_reports_speaking() -> None:
    pool = attrs.evolve(
        PEOPLE,
        sentences=(
            *PEOPLE.sentences,
            "Zelensky said the missiles speak for themselves.",
            "Putin warned the West.",
            "Trump told reporters nothing.",
        ),
    )
    item = fact("Kuzan", "person", "Kuzan said it was a shift.", question="Who said it was a shift?")
    assert set(find_distractors(item, pool, seed="a").options) <= {"Zelensky", "Putin", "Trump"}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Duke University", "education"),
        ("Skidmore College", "education"),
        ("Leigh Block Museum of Art", "museum"),
        ("U.S. Department of Agriculture", "public body"),
        ("Croucher Foundation", "funder"),
        ("The Huffington Post", "media"),
        ("NASA", None),
        ("Red Army", "armed force"),
        ("Warsaw City Council", "assembly"),
        ("Congress Hall", None),  # a hall named after a congress
        ("Bank of America", "company"),
    ],
)
def test_organisations_have_a_kind(name: str, kind: str | None) -> None:
    assert org_class(name) == kind


def test_organisations_get_organisations_of_the_same_kind_and_never_a_cut_off_name() -> None:
    orgs = (
        "U.S. Department of Agriculture",
        "U.S. Environmental Protection Agency",
        "Massachusetts Institute of Technology and",
        "University of Sheffield",
        "Federal Aviation Administration",
        "National Park Service",
    )
    pool = attrs.evolve(EMPTY, organisations=orgs)
    item = fact("U.S. Department of Agriculture", "organisation", "The U.S. Department of Agriculture notes it.")
    found = find_distractors(item, pool, seed="a")
    assert found.complete
    assert set(found.options) <= {
        "U.S. Environmental Protection Agency",
        "Federal Aviation Administration",
        "National Park Service",
    }


def test_a_place_typed_as_an_organisation_gets_no_choices() -> None:
    pool = attrs.evolve(EMPTY, organisations=("Evansville", "Duke University", "Skidmore College", "Wikinews"))
    item = fact("Evansville", "organisation", "Halston was a former resident of Evansville.")
    assert not find_distractors(item, pool, seed="a").complete


def test_a_country_question_naming_another_country_gets_no_choices() -> None:
    item = fact(
        "Russia",
        "place",
        "Russia has ramped up strikes.",
        question="Which country has ramped up strikes across Ukraine?",
    )
    found = find_distractors(item, EMPTY, seed="a")
    assert not found.complete and "another country" in found.reason


def test_countries_from_data_border_the_answer() -> None:
    item = fact(
        "Myanmar", "place", "The Rohingya are a minority from Myanmar.", question="Which country are the Rohingya from?"
    )
    found = find_distractors(item, attrs.evolve(EMPTY, places=("Indonesia", "Malaysia")), seed="a")
    assert found.complete and set(found.options) <= {"Bangladesh", "China", "India", "Laos", "Thailand"}


def test_a_property_of_a_country_gets_no_choices() -> None:
    # Teacher review: "Which country is mainly Buddhist?" with Thailand and Laos among the options.
    item = fact("Myanmar", "place", "Myanmar is mainly Buddhist.", question="Which country is mainly Buddhist?")
    found = find_distractors(item, EMPTY, seed="a")
    assert not found.complete and "property" in found.reason


def test_a_number_the_title_gives_is_no_distractor() -> None:
    pool = attrs.evolve(EMPTY, sentences=("Over 900 asylum seekers rescued",))
    item = fact("over 700", "number", "Fishermen rescued over 700 asylum seekers.")
    assert all("900" not in o for o in find_distractors(item, pool, seed="a").options)


def test_a_speaker_is_the_subject_of_the_speech_verb_not_its_object() -> None:
    pool = attrs.evolve(
        PEOPLE,
        sentences=(
            "Wilkins also said Putin was both an artist and a businessperson.",
            '"Missiles speak for themselves," explained Zelensky.',
            "Serhiy Kuzan, head of the centre, told the BBC it was a shift.",
            "Trump warned the West.",
        ),
    )
    item = fact("Biden", "person", "Biden said it was fine.", question="Who said it was fine?")
    assert set(find_distractors(item, pool, seed="a").options) == {"Zelensky", "Kuzan", "Trump"}


def test_a_range_start_stays_before_its_end() -> None:
    item = fact("2006", "date", "The taxes requested in arrears from 2006 to 2009 are under the old system.")
    found = find_distractors(item, attrs.evolve(EMPTY, latest_year=2015), seed="x")
    assert found.complete and all(int(o) < 2009 for o in found.options)


def test_an_appositive_at_the_end_of_the_sentence_is_a_role() -> None:
    item = fact(
        "Kristen Wilkins", "person", "It was donated, according to Kristen Wilkins, assistant professor of art."
    )
    assert slot_role(item) == "professor"


def test_who_did_questions_get_only_people_the_article_has_doing_something() -> None:
    pool = attrs.evolve(PEOPLE, actors=frozenset({"Joe Biden", "Donald Trump", "Vladimir Putin", "Serhiy Kuzan"}))
    item = fact("Joe Biden", "person", "Joe Biden met the envoy.", question="Who met the envoy?")
    assert "Volodymyr Zelensky" not in find_distractors(item, pool, seed="a").options


def test_a_blank_keeps_no_connective_that_leans_on_the_sentence_before() -> None:
    item = fact("Fuad Basya", "person", "Fuad Basya also believes the boat was left on purpose.")
    assert multiple_choice_item(item, ["A B", "C D", "E F"], article_key="k", position=0).question == (
        "_____ believes the boat was left on purpose."
    )


def test_varied_decimals_drop_trailing_zeros() -> None:
    statement = "More than 1.25 million deaths resulted from the plague in Spain."
    found = find_distractors(fact("More than 1.25 million", "number", statement), EMPTY, seed="s")
    assert found.complete
    assert not any(re.search(r"\.\d*0 ", o) for o in found.options), found.options


def test_article_numbers_take_the_answers_grouping() -> None:
    statement = "The jewellery collection holds over 6000 items."
    pool = attrs.evolve(EMPTY, numbers=(("19,000", "items"),), sentences=("The shop sold 19,000 items in 2001.",))
    found = find_distractors(fact("6000", "number", statement), pool, seed="s")
    assert "19000" in found.options and "19,000" not in found.options


def test_dates_from_the_article_do_not_all_share_one_month() -> None:
    statement = "Philip convoked the theologians in October 1529."
    pool = attrs.evolve(
        EMPTY,
        dates=("January 1518", "January 1519", "January 1533"),
        sentences=("He wrote in January 1518.", "He left in January 1519.", "He died in January 1533."),
    )
    found = find_distractors(fact("October 1529", "date", statement), pool, seed="s")
    assert found.complete
    assert sum(o.startswith("January") for o in found.options) == 1


def test_no_option_is_older_than_the_earth() -> None:
    statement = "Bacteria that make oxygen evolved about 3.5 billion years ago."
    for seed in "abcdefgh":
        found = find_distractors(fact("3.5 billion years ago", "number", statement), EMPTY, seed=seed)
        assert all(float(o.split()[0]) <= 4.54 for o in found.options), found.options


def test_people_with_the_answers_role_come_first() -> None:
    statement = "Cam Newton threw the ball to Jerricho Cotchery."
    people = (
        ("Cam Newton", "Newton"),
        ("Bruno Mars", "Mars"),
        ("Peyton Manning", "Manning"),
        ("Gary Kubiak", "Kubiak"),
    )
    people += (("Brock Osweiler", "Osweiler"), ("Lady Gaga", "Gaga"))
    pool = attrs.evolve(
        EMPTY,
        people=people,
        roles=(("Cam Newton", "quarterback"), ("Peyton Manning", "quarterback"), ("Brock Osweiler", "quarterback")),
        sentences=(
            "Bruno Mars sang.",
            "Lady Gaga sang.",
            "Gary Kubiak coached.",
            "Peyton Manning played.",
            "Brock Osweiler played.",
        ),
    )
    found = find_distractors(fact("Cam Newton", "person", statement, question="Who threw the ball?"), pool, seed="s")
    assert {"Peyton Manning", "Brock Osweiler"} <= set(found.options)


def test_a_total_is_never_offered_below_the_part_it_includes() -> None:
    statement = "Nixon asked Congress for $2.2 billion in aid, including $1.5 billion in outright grants."
    for seed in "abcdefgh":
        found = find_distractors(fact("$2.2 billion", "money", statement), EMPTY, seed=seed)
        assert all(float(o.strip("$").split()[0]) > 1.5 for o in found.options), found.options


def test_people_with_only_other_roles_come_last() -> None:
    statement = "Safety T. J. Ward had seven total tackles in the game."
    people = (("T. J. Ward", "Ward"), ("Ed Lee", "Lee"), ("Gary Kubiak", "Kubiak"))
    people += (("Von Miller", "Miller"), ("Aqib Talib", "Talib"), ("Brandon Marshall", "Marshall"))
    pool = attrs.evolve(
        EMPTY,
        people=people,
        roles=(("T. J. Ward", "safety"), ("Ed Lee", "mayor"), ("Gary Kubiak", "coach")),
        sentences=("Ed Lee spoke.", "Gary Kubiak coached.", "Von Miller played.", "Aqib Talib played."),
    )
    for seed in "abcd":
        item = fact("T. J. Ward", "person", statement, question="Who had seven total tackles in the game?")
        found = find_distractors(item, pool, seed=seed)
        assert not {"Ed Lee", "Gary Kubiak"} & set(found.options), found.options
