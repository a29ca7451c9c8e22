"""Quotations: direct and indirect forms, split quotes, speakers, roles, robustness."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.context import Context
from dateline.extract import quotes
from dateline.record import Quote

MakeCtx = Callable[..., Context]


def find(found: list[Quote], words: str) -> Quote:
    for q in found:
        if words.lower() in q.quote.lower():
            return q
    raise AssertionError(f"no quote with {words!r} in {[q.quote for q in found]}")


@pytest.mark.parametrize(
    ("text", "speaker", "quote", "verb"),
    [
        ('"We need the money," Vladimir Putin said.', "Vladimir Putin", "We need the money", "said"),
        ('Vladimir Putin said: "We need the money."', "Vladimir Putin", "We need the money", "said"),
        ('Vladimir Putin told reporters, "We need the money."', "Vladimir Putin", "We need the money", "told"),
        ('"The deal is dead," said Jane Smith, a spokeswoman for Acme.', "Jane Smith", "The deal is dead", "said"),
        ("“China has no capacity to bail out Russia,” Alexander Gabuev said.", "Alexander Gabuev",
         "China has no capacity to bail out Russia", "said"),
        ("Angela Merkel said that the sanctions would stay in place.", "Angela Merkel",
         "the sanctions would stay in place", "said"),
        ("According to Alexander Gabuev, China has no capacity to help.", "Alexander Gabuev",
         "China has no capacity to help", "According to"),
        ("The sanctions will remain, according to Angela Merkel.", "Angela Merkel", "The sanctions will remain",
         "according to"),
        ("John Kerry told reporters that the talks had collapsed.", "John Kerry", "the talks had collapsed", "told"),
        ("Boris Johnson acknowledged that the plan had failed.", "Boris Johnson", "the plan had failed",
         "acknowledged"),
        ("Janet Yellen warned that inflation would rise.", "Janet Yellen", "inflation would rise", "warned"),
        ("The Kremlin said the talks would resume next week.", "Kremlin", "the talks would resume next week", "said"),
        # a run-on (restored text without its sentence end) gives the cue a complement on each side:
        # the one after the cue is the content
        ("The much-anticipated meeting unfolded Thursday morning after the two had begun to pull the GOP "
         "together for the fight in the fall, Ryan told a news conference they are planting the seeds to "
         "accomplish that.", "Ryan", "they are planting the seeds to accomplish that", "told"),
    ],
)  # fmt: skip
def test_quotes_forms(make_ctx: MakeCtx, text: str, speaker: str, quote: str, verb: str) -> None:
    found = quotes.extract(make_ctx(text))
    q = find(found, quote)
    assert q.speaker == speaker
    assert q.verb == verb
    assert text[q.start : q.end].rstrip(",.") == quote
    assert q.speaker_start is not None and q.speaker_end is not None
    assert speaker.split()[-1] in text[q.speaker_start : q.speaker_end]


def test_quotes_direct_kind_and_span_excludes_marks(make_ctx: MakeCtx) -> None:
    text = 'Putin said: "We need the money."'
    (q,) = quotes.extract(make_ctx(text))
    assert q.kind == "direct"
    assert text[q.start : q.end] == "We need the money."


def test_quotes_indirect_kind(make_ctx: MakeCtx) -> None:
    (q,) = quotes.extract(make_ctx("Angela Merkel said that the sanctions would stay."))
    assert q.kind == "indirect"


def test_quotes_split_quote_joined(make_ctx: MakeCtx) -> None:
    text = '"We need the money," Vladimir Putin told Xinhua. "China is our friend."'
    found = quotes.extract(make_ctx(text))
    assert len(found) == 1
    q = found[0]
    assert q.speaker == "Vladimir Putin"
    assert q.verb == "told"
    assert q.start == text.index("We need")
    assert q.end == text.index("friend.") + len("friend.")
    assert "We need the money" in q.quote and "China is our friend" in q.quote
    assert "Xinhua" not in q.quote  # the cue between the parts is not quoted words
    assert [text[p.start : p.end] for p in q.parts] == ["We need the money", "China is our friend."]


def test_quotes_split_quote_same_sentence(make_ctx: MakeCtx) -> None:
    text = '"We need the money," Vladimir Putin said, "and China is our friend."'
    found = quotes.extract(make_ctx(text))
    assert len(found) == 1
    assert "China is our friend" in found[0].quote and found[0].quote.startswith("We need")


def test_quotes_split_quote_joined_across_abbreviations(make_ctx: MakeCtx) -> None:
    # a long cue sentence whose abbreviations ("N.H.", "U.S.") end no sentence
    text = (
        '"I don\'t know exactly where he stands on that," said undecided Republican voter Stephanie '
        "Hooton of Derry, N.H., before the barn event, a barbecue hosted by Scott Brown, the former U.S. "
        'senator from Massachusetts. "Some sort of amnesty, I think, is part of his plan."'
    )
    found = quotes.extract(make_ctx(text))
    assert len(found) == 1
    assert [text[p.start : p.end] for p in found[0].parts] == [
        "I don't know exactly where he stands on that",
        "Some sort of amnesty, I think, is part of his plan.",
    ]


def test_quotes_pronoun_speaker(make_ctx: MakeCtx) -> None:
    text = 'Alexander Gabuev spoke in Moscow on Monday. "China has no capacity to bail out Russia," he said.'
    q = find(quotes.extract(make_ctx(text)), "no capacity")
    assert q.speaker == "Alexander Gabuev"
    assert q.speaker_start is not None and text[q.speaker_start : q.speaker_end] == "he"


def test_quotes_it_speaks_for_the_body_before_it(make_ctx: MakeCtx) -> None:
    text = 'Beijing has lashed out against what it says are "provocative" American naval patrols.'
    q = find(quotes.extract(make_ctx(text)), "provocative")
    assert q.speaker == "Beijing"
    assert q.speaker_start is not None and text[q.speaker_start : q.speaker_end] == "it"
    text = "The FBI put the dossier to extensive use. It said Mr. Steele was a credible source."
    assert find(quotes.extract(make_ctx(text)), "credible").speaker == "FBI"
    text = "The report came out on Monday. It said the economy was growing."  # a thing may be "it"
    assert find(quotes.extract(make_ctx(text)), "growing").speaker is None


def test_quotes_they_speak_for_the_plural_subject_before_them(make_ctx: MakeCtx) -> None:
    text = "Marine officers would not talk to NPR on tape. They said the requirement was delayed."
    q = find(quotes.extract(make_ctx(text)), "requirement")
    assert q.speaker == "Marine officers"
    assert q.speaker_start is not None and text[q.speaker_start : q.speaker_end] == "They"
    text = "Senator Jane Smith spoke on Monday. They said the requirement was delayed."  # no plural before
    assert find(quotes.extract(make_ctx(text)), "requirement").speaker is None


def test_quotes_surname_resolves_to_full_name(make_ctx: MakeCtx) -> None:
    text = (
        "Alexander Gabuev, an Asia analyst at the Carnegie Moscow Center, spoke on Monday. "
        '"China has no capacity to bail out Russia," Mr. Gabuev said.'
    )
    q = find(quotes.extract(make_ctx(text)), "no capacity")
    assert q.speaker == "Alexander Gabuev"
    assert q.role is not None and "analyst" in q.role


def test_quotes_role_from_apposition(make_ctx: MakeCtx) -> None:
    text = '"The ruble will fall," said Alexander Gabuev, an Asia analyst at the Carnegie Moscow Center.'
    q = find(quotes.extract(make_ctx(text)), "ruble")
    assert q.role is not None and "Carnegie Moscow Center" in q.role


def test_quotes_mixed_quote_is_the_clause(make_ctx: MakeCtx) -> None:
    text = 'Hillary Clinton said the plan was "a total disaster for working families."'
    (q,) = quotes.extract(make_ctx(text))
    assert q.speaker == "Hillary Clinton"
    assert q.quote.startswith("the plan was")
    assert q.kind == "direct"


@pytest.mark.parametrize(
    "text",
    [
        'Putin said "we need the money. And then he left.\n\nThe next "paragraph has one too.',
        '"',
        '"" said',
        'He said: "unclosed at the end',
        "“Only an opening mark, said Mr. Smith.\n\n” a closing one.",
    ],
)
def test_quotes_unbalanced_marks_do_not_crash(make_ctx: MakeCtx, text: str) -> None:
    found = quotes.extract(make_ctx(text))
    for q in found:
        assert 0 <= q.start <= q.end <= len(text)


def test_quotes_unclosed_quote_runs_to_paragraph_end(make_ctx: MakeCtx) -> None:
    text = 'Vladimir Putin said: "We need the money and we will get it.\n\nOther news followed.'
    q = find(quotes.extract(make_ctx(text)), "money")
    assert q.end <= text.index("\n")
    assert q.speaker == "Vladimir Putin"


def test_quotes_scare_quotes_ignored(make_ctx: MakeCtx) -> None:
    assert quotes.extract(make_ctx('The so-called "deal" was signed in Beijing on Monday.')) == []


def test_quotes_boilerplate_ignored(make_ctx: MakeCtx) -> None:
    text = 'Putin said: "We need the money."\nRELATED: "Stocks rally," analysts said.'
    ctx = make_ctx(text)
    start = text.index("RELATED")
    ctx.boilerplate = [(start, len(text))]
    found = quotes.extract(ctx)
    assert [q.quote for q in found] == ["We need the money."]


def test_quotes_lowercase_with_marks(make_ctx: MakeCtx) -> None:
    text = '"we need the money," mr putin told xinhua. "china is our friend."'
    found = quotes.extract(make_ctx(text, degraded=True))
    assert len(found) == 1
    assert found[0].verb == "told"
    assert "china is our friend" in found[0].quote
    assert found[0].speaker is not None and "putin" in found[0].speaker.lower()


def test_quotes_degraded_without_marks_finds_indirect(make_ctx: MakeCtx) -> None:
    text = "the kremlin said the talks would resume next week and officials said prices will rise"
    found = quotes.extract(make_ctx(text, degraded=True))
    assert any("talks would resume" in q.quote and q.verb == "said" for q in found)
    assert all(q.kind == "indirect" for q in found)


def test_quotes_no_cue_no_quote(make_ctx: MakeCtx) -> None:
    assert quotes.extract(make_ctx("China and Russia signed a gas contract in May 2014.")) == []


def test_quotes_expected_describing_a_noun_is_no_cue(make_ctx: MakeCtx) -> None:
    text = "Among the deals expected to be signed during Mr. Putin's visit are a loan and a gas contract."
    assert quotes.extract(make_ctx(text)) == []


def test_quotes_lexicon_loads() -> None:
    lex = quotes.lexicon()
    assert "ccomp" in lex["say"]
    assert "xcomp" in lex["want"]


def test_quotes_lone_closing_mark_takes_the_sentence_before(make_ctx: MakeCtx) -> None:
    # restored text may keep a closing mark and lose the opening one
    text = "Such a deal would be worth $11 billion to Russia. We need the money.” Vladimir Putin said this week."
    q = find(quotes.extract(make_ctx(text)), "need the money")
    assert q.speaker == "Vladimir Putin"
    assert text[q.start : q.end] == "We need the money."


def test_quotes_lone_closing_mark_without_cue_ignored(make_ctx: MakeCtx) -> None:
    assert quotes.extract(make_ctx("It rained all week in the capital.” The markets were closed.")) == []


def test_quotes_pronoun_skips_people_named_inside_quotes(make_ctx: MakeCtx) -> None:
    text = 'Alexander Gabuev spoke on Monday. "Vladimir Putin needs the money," he said.'
    q = find(quotes.extract(make_ctx(text)), "needs the money")
    assert q.speaker == "Alexander Gabuev"


def test_quotes_time_is_never_a_speaker(make_ctx: MakeCtx) -> None:
    for q in quotes.extract(make_ctx("9:30 p.m. Donald Trump says the race is over.")):
        assert q.speaker is None or not any(c.isdigit() for c in q.speaker)


def test_quotes_colon_at_the_end_of_the_paragraph_before(make_ctx: MakeCtx) -> None:
    text = 'Ted Cruz continued:\n\n"You look at the questions they asked tonight and you see the problem."'
    q = find(quotes.extract(make_ctx(text)), "You look at the questions")
    assert (q.speaker, q.verb, q.kind) == ("Ted Cruz", "continued", "direct")


def test_quotes_speaker_of_a_statement_saying(make_ctx: MakeCtx) -> None:
    text = 'At the time, Angela Merkel released a statement saying, "We are confident that they share our vision."'
    q = find(quotes.extract(make_ctx(text)), "We are confident")
    assert q.speaker == "Angela Merkel"


def test_quotes_report_with_quoted_words_is_direct(make_ctx: MakeCtx) -> None:
    text = 'Brian Fallon responded on Twitter, calling the charge "pathetic" and "dangerous."'
    q = find(quotes.extract(make_ctx(text)), "pathetic")
    assert q.kind == "direct"
    assert q.speaker == "Brian Fallon"


def test_quotes_never_cross_a_paragraph(make_ctx: MakeCtx) -> None:
    text = (
        "Jane Smith said the council would vote on the plan next week\n\n"
        '"That would be a big change for the city," Tom Brown said.'
    )
    found = quotes.extract(make_ctx(text))
    assert all("\n" not in text[q.start : q.end] for q in found)
    assert find(found, "big change").speaker == "Tom Brown"


def test_quotes_intention_verbs_do_not_introduce_direct_quotes(make_ctx: MakeCtx) -> None:
    text = '"The rebalancing to Asia is a long process that will take years" as Rosneft plans to open new fields.'
    assert all(q.verb != "plans" for q in quotes.extract(make_ctx(text)) if q.kind == "direct")


def test_quotes_cue_of_a_later_clause_is_not_the_quotes(make_ctx: MakeCtx) -> None:
    text = (
        '"China does not want to be dragged into a confrontation with the West," because Beijing has '
        "its own quarrels in the region and in its trade with Europe, while Russia feels the same."
    )
    assert all(q.speaker != "Russia" for q in quotes.extract(make_ctx(text)) if q.kind == "direct")


@pytest.mark.parametrize(
    ("text", "speaker", "quote", "verb"),
    [
        ('Silverman drew boos upon saying, "Hillary heard the passion of the people."', "Silverman",
         "Hillary heard the passion", "saying"),
        ('Husted continued by saying, "We will appeal this decision at once."', "Husted", "We will appeal", "saying"),
        ('Silverman was joined on stage by Al Franken and joked, "You are being ridiculous, friends."', "Silverman",
         "You are being ridiculous", "joked"),
        ("Or, as Tom Ridge, a former secretary, put it: \"The barbarians are no longer at the gate.\"", "Tom Ridge",
         "The barbarians are no longer", "put it"),
        ('Hillary Clinton shot back, "I suppose I could have stayed home and baked cookies."', "Hillary Clinton",
         "I suppose I could have stayed home", "shot back"),
        ('"We saw it coming for years," said the woman, who did not want to be named.', "woman",
         "We saw it coming", "said"),
        ('"We will pass the bill this year," said Speaker of the House Rep. Paul Ryan on Monday.', "Paul Ryan",
         "We will pass the bill", "said"),
    ],
)  # fmt: skip
def test_quotes_speaker_of_less_common_cues(make_ctx: MakeCtx, text: str, speaker: str, quote: str, verb: str) -> None:
    q = find(quotes.extract(make_ctx(text)), quote)
    assert (q.speaker, q.verb) == (speaker, verb)


def test_quotes_phrasal_cue_needs_its_particle(make_ctx: MakeCtx) -> None:
    found = quotes.extract(make_ctx("The minister put the plan on hold until the spring vote."))
    assert found == []


def test_quotes_apposition_names_the_speaker(make_ctx: MakeCtx) -> None:
    text = 'The Slate technology columnist David Auerbach went so far as to say: "Twitter as we know it is over."'
    q = find(quotes.extract(make_ctx(text)), "Twitter as we know it")
    assert q.speaker == "David Auerbach"
    assert q.role is not None and "columnist" in q.role


def test_quotes_parenthetical_cue_splits_the_content(make_ctx: MakeCtx) -> None:
    text = "Officials met on Monday. The move, Carr explained, was the result of three years of preparation."
    q = find(quotes.extract(make_ctx(text)), "the result of three years")
    assert q.speaker == "Carr" and q.verb == "explained"
    assert [text[p.start : p.end] for p in q.parts] == ["The move", "was the result of three years of preparation"]


def test_quotes_conjunction_before_a_split_quote(make_ctx: MakeCtx) -> None:
    text = 'The report was strong. But "the real issue," Mr. Holtz-Eakin added, "is whether growth will last."'
    q = find(quotes.extract(make_ctx(text)), "is whether growth")
    assert q.speaker == "Holtz-Eakin" and q.kind == "direct"
    assert len(q.parts) == 2 and text[q.parts[0].start : q.parts[0].end].startswith("the real issue")


def test_quotes_object_complement_stops_before_a_conjoined_verb(make_ctx: MakeCtx) -> None:
    text = 'Mr. Smith called it their "crystal ball" and said it beat the public polls.'
    q = find(quotes.extract(make_ctx(text)), "crystal ball")
    assert "public polls" not in q.quote


def test_quotes_clause_ending_in_a_quoted_word_is_direct(make_ctx: MakeCtx) -> None:
    text = 'Donald Trump has said that the deal could lead to another "Holocaust." Nobody replied.'
    q = find(quotes.extract(make_ctx(text)), "the deal could lead")
    assert q.kind == "direct" and text[q.start : q.end].endswith('"Holocaust."')


def test_quotes_title_of_a_work_is_no_quote(make_ctx: MakeCtx) -> None:
    text = 'She never wavered, she wrote in her memoir, "Tough Choices." "We Will Win This," Smith said.'
    found = quotes.extract(make_ctx(text))
    assert not any("Tough Choices" in q.quote for q in found)
    assert find(found, "We Will Win This").speaker == "Smith"  # title case alone is no title


def test_quotes_cue_after_a_conjunction_is_another_clauses(make_ctx: MakeCtx) -> None:
    text = '"They will refrain from any action," said Mr. Gabuev. "China wants no fight." While Russia feels the same.'
    found = quotes.extract(make_ctx(text))
    assert all(q.speaker != "Russia" for q in found)


def test_quotes_as_clause_cue_reports_the_main_clause(make_ctx: MakeCtx) -> None:
    text = "As Clinton told the New York Daily News, tax relief is given in exchange for creating jobs."
    q = find(quotes.extract(make_ctx(text)), "tax relief is given")
    assert q.speaker == "Clinton" and q.verb == "told"
    assert "Daily News" not in q.quote


def test_quotes_fragment_title_does_not_hide_the_cue(make_ctx: MakeCtx) -> None:
    text = 'Scarborough said on the MSNBC show "Morning Joe" that "too much of the party became an echo chamber."'
    q = find(quotes.extract(make_ctx(text)), "echo chamber")
    assert q.speaker == "Scarborough" and q.kind == "direct"


def test_quotes_transcript_and_headline_labels(make_ctx: MakeCtx) -> None:
    text = (
        "Bill Clinton: Hillary Better Qualified to Be President Than I Was\n\n"
        "Partial transcript as follows:\n\n"
        "FALLIN: Well, I think the whole nation needs to work together.\n\n"
        "UPDATE: The story was changed on Monday afternoon.\n\n"
        "BEIJING: China reported strong growth in the third quarter of the year."
    )
    found = quotes.extract(make_ctx(text))
    assert find(found, "Better Qualified").speaker == "Bill Clinton"
    q = find(found, "the whole nation needs")
    assert (q.speaker, q.verb) == ("Fallin", ":")
    assert not any("story was changed" in q.quote for q in found)
    assert not any(q.verb == ":" and "strong growth" in q.quote for q in found)  # a dateline


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Trump: Clinton Should Have Congratulated Me\n\nDonald Trump said Friday that he won.", "Trump"),
        ("Dr. Ben Carson: Clinton Not Fit To Serve\n\nBen Carson said on Monday that he disagreed.", "Carson"),
    ],
)
def test_quotes_headline_label_of_a_person_the_article_names(make_ctx: MakeCtx, text: str, speaker: str) -> None:
    q = next(q for q in quotes.extract(make_ctx(text)) if q.verb == ":")
    assert q.speaker is not None and speaker in q.speaker and q.quote.startswith("Clinton")


def test_quotes_headline_label_in_restored_text_ends_with_its_sentence(make_ctx: MakeCtx) -> None:
    # restored text has no line breaks: the label's content is its sentence, not the whole text
    text = (
        "Lynch: No outside influence on FBI probe into Clinton emails. WASHINGTON (AP) Attorney General "
        "Loretta Lynch is reaffirming that the probe is free of outside political influence."
    )
    q = find(quotes.extract(make_ctx(text, degraded=True)), "No outside influence")
    assert q.verb == ":" and q.quote == "No outside influence on FBI probe into Clinton emails"


def test_quotes_run_over_paragraphs_as_one(make_ctx: MakeCtx) -> None:
    text = (
        "Officials met on Monday.\n\n"
        '"The first part of the statement runs on without a closing mark and says a lot.\n\n'
        '"The second part goes on in the same voice and then it ends," the minister said.\n\n'
        "Nothing else happened."
    )
    found = quotes.extract(make_ctx(text))
    assert len(found) == 1
    q = found[0]
    assert q.verb == "said" and len(q.parts) == 2
    assert text[q.parts[0].start : q.parts[0].end].startswith("The first part")
    assert text[q.parts[1].start : q.parts[1].end].startswith("The second part")


def test_quotes_next_sentences_own_report_is_not_the_cue(make_ctx: MakeCtx) -> None:
    text = '"It shows a lack of character in my view." Reid said both senators are non-entities in the Senate.'
    found = quotes.extract(make_ctx(text))
    assert all(not ("lack of character" in q.quote and q.speaker == "Reid") for q in found)
    assert find(found, "both senators").speaker == "Reid"


def test_quotes_passive_verb_is_no_cue(make_ctx: MakeCtx) -> None:
    text = '"We need the money," Mr. Putin told Xinhua. "This is why we talk." Details are expected to follow soon.'
    found = quotes.extract(make_ctx(text))
    assert find(found, "This is why we talk").speaker == "Putin"
    assert find(found, "This is why we talk").verb != "expected"
    # the agentless passive is a report of its own, its source unsaid
    assert all(q.speaker is None for q in found if q.verb == "expected")


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # the clause before a colon introduces the quote, whatever its verb
        ('Sanders delivered a snappy retort: "No one is tearing this up. We are going forward."', "Sanders",
         "No one is tearing this up"),
        # a passive cue's agent asks
        ('Sanders was asked by host Bill Maher, "Why did you drop the emails issue in the debate?"', "Bill Maher",
         "Why did you drop"),
        # a participle names its listener after it, not its speaker
        ('Clinton seemed ready to riff on the incident, telling the crowd, "Some people get a little carried away."',
         "Clinton", "Some people get"),
        # a capitalized title's "of" phrase names the speaker
        ('Speaker of the House Rep. Paul Ryan said "such images have no place in a presidential campaign."',
         "Paul Ryan", "such images have no place"),
        # a quotation mark glued to the cue's comma
        ('Paul Ryan said,"Look, such images have no place in a presidential campaign."', "Paul Ryan",
         "Look, such images"),
        ('"You know, it happens, right?" Trump went on, as if he did not hear her.', "Trump", "it happens, right"),
        # a pronoun prefers the subject of its own sentence
        ('Perez hammered Trump, calling him a "train wreck" and "outsourcer in chief," and contrasted the '
         'Republican candidate, whom he described as "volatile and dangerous for the country," with Clinton.',
         "Perez", "volatile"),
        # a document speaks as the one who sent it
        ("In addition, a fundraising email sent out by Sanders on Tuesday night warned of the tough fight "
         'ahead: "There are 14 primaries and caucuses coming up next."', "Sanders", "14 primaries"),
        # "told AFP": the word after "tell" is the listener
        ('"We were wrong not to confront him," Jorge Ramos, 58, told AFP in an interview in Mexico City.',
         "Jorge Ramos", "We were wrong"),
        # a quote with no cue continues the person who reported last, directly or not
        ('"The uncertainty is the main concern," Malaysian Defence Minister Hishammuddin Hussein said.\n\n'
         "Ash Carter said that some critics had predicted a U.S. withdrawal from the region.\n\n"
         '"That is because this region remains the most consequential for America."', "Ash Carter",
         "this region remains"),
        # "she" skips a person the document calls "Mr."
        ('Mrs. Smith met Mr. Jones on Monday in Ohio. Later, Mr. Jones left the meeting. "We are done here," '
         "she said.", "Smith", "We are done here"),
        # the parser may start a sentence at the opening mark; the cue before it still introduces it
        ("After the mayor was elected, an event was held in Terre Haute. As Politico reported, “ … if the "
         "primary were held on this evening, Trump would win, and handily.”", "Politico", "Trump would win"),
        # a person's name right before a colon, with no verb
        ('The reaction was swift. Donald Trump: "Appreciate the congrats for being right."', "Donald Trump",
         "Appreciate the congrats"),
        # an age for a name: the parser tags "46-year-old" as a date
        ("“Donald is an amazing leader,” said the 46-year-old.", "46-year-old", "amazing leader"),
        # a surname the tagger took for an adverb
        ("“Having access to the file is valuable,” said Skelly, explaining he worked with Chrabaszcz.",
         "Skelly", "Having access"),
        # "one of": the group named after it speaks
        ('"There won\'t be a path for Bernie," said one of those advisers, who spoke on condition of anonymity.',
         "those advisers", "a path for Bernie"),
        # a dateline parsed as a second subject
        ("LONDON (Reuters) - Donald Trump said he was unlikely to have a good relationship with David Cameron.",
         "Donald Trump", "unlikely to have"),
        # an adjectival participle before the title and name
        ('"Forget about it," said retired neurosurgeon Ben Carson, asked about his claims.', "Ben Carson",
         "Forget about it"),
        # a long apposition between the name and the cue
        ("''I had breakfast with Pinchuk,'' Melanne Verveer, a Ukrainian-American then working for the State "
         "Department, wrote in a June 2012 e-mail.", "Melanne Verveer", "breakfast with Pinchuk"),
        # a poll's share of respondents
        ("On social issues, 26% say they are conservative.", "26%", "they are conservative"),
        # a cue the parser hung on the noun phrase before it
        ("“What if Donald Trump had elocution lessons?” the 43-year-old asked in the video’s description.",
         "43-year-old", "elocution lessons"),
        # a participle the parser hung on the reported clause, not on the report
        ("On Sunday, Hillary Clinton stated, “An absence of action by NATO would have turned Libya into Syria,” "
         "adding, “I think maybe 1,500 people were killed.”", "Hillary Clinton", "people were killed"),
        # a "who" clause between the speaker and the cue, which the parser takes apart
        ("One attendee, who like others spoke on the condition of anonymity to discuss the private meeting, "
         'said the message was that "this is not going to be over in February."', "One attendee",
         "not going to be over"),
        # a cue the tagger took for a noun, its subject for an adjective
        ("“If she wants to be the next president, Hillary Clinton should act like one, and come to Louisiana,” "
         "the editorial read.", "editorial", "act like one"),
    ],
)  # fmt: skip
def test_quotes_speaker_forms(make_ctx: MakeCtx, text: str, speaker: str, quote: str) -> None:
    assert find(quotes.extract(make_ctx(text)), quote).speaker == speaker


def test_quotes_said_then_quote_never_speaks_from_inside(make_ctx: MakeCtx) -> None:
    text = "On Dec. 2, Col. Steven H. Warren, a military spokesman in Baghdad, said, ''I mean, a raid is combat.''"
    assert find(quotes.extract(make_ctx(text)), "a raid is combat").speaker == "Steven H. Warren"


def test_quotes_split_quote_joined_across_a_long_cue_sentence_and_a_title(make_ctx: MakeCtx) -> None:
    text = (
        "“His legend will live on,” Spencer said, as a few young fighters worked out inside the gym, while "
        "outside some passers-by stopped to take photos of themselves near the large image of Ali. “His stories "
        "will live on here.”\n\n"
        "“Of course we will release our records,” Sanders said on CNN’s “State of the Union” Sunday. “Thank God, "
        "I am very healthy.”"
    )
    found = quotes.extract(make_ctx(text))
    assert len(find(found, "His legend").parts) == 2
    assert len(find(found, "Of course").parts) == 2


def test_quotes_marks_around_numbers_are_no_quote(make_ctx: MakeCtx) -> None:
    text = 'Posted <time datetime="2016-06-29">. Smith said: "We will win this one easily."'
    found = quotes.extract(make_ctx(text))
    assert all(any(c.isalpha() for c in q.quote) for q in found)


def test_quotes_document_owner_and_parenthetical_subject_speak(make_ctx: MakeCtx) -> None:
    text = (
        'The campaign’s statement then declares "the matter is now concluded and will not be revisited."\n\n'
        "But Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders’s following, said, "
        '"Let me tell you, he’s got a heck of a following."'
    )
    found = quotes.extract(make_ctx(text))
    assert find(found, "the matter is now concluded").speaker == "campaign"
    assert find(found, "Let me tell you").speaker == "Richard J. Durbin"


def test_quotes_embedded_tweet_date_is_no_quote(make_ctx: MakeCtx) -> None:
    text = 'Jeff Weaver told reporters: “March 10, 2016” and then: "We are staying in this race until the end."'
    found = quotes.extract(make_ctx(text))
    assert not any(q.quote.startswith("March 10") for q in found)


def test_quotes_parse_astray_takes_the_person_dateline_found(make_ctx: MakeCtx) -> None:
    """The parser reads "Trump" as a noun and finds no subject; dateline's NER still names him."""
    text = (
        "Real estate mogul Donald Trump drew boos. Trump defended eminent domain, calling the expropriation of "
        'private property for public use an "absolute necessity" for the government to build schools.'
    )
    assert find(quotes.extract(make_ctx(text)), "expropriation").speaker == "Donald Trump"


def test_quotes_own_sentence_cue_beats_the_next_sentences(make_ctx: MakeCtx) -> None:
    text = (
        "Labott tweeted, “House passes bill that could limit Syrian refugees. Statue of Liberty bows head in "
        "anguish.” This sort of opining, CNN claimed, violates its code of journalistic practices."
    )
    assert find(quotes.extract(make_ctx(text)), "House passes bill").speaker == "Labott"


def test_quotes_speaker_after_an_inverted_cue_is_not_a_quote(make_ctx: MakeCtx) -> None:
    """'," said Ben Carson, asked about ...': the parser's "complement" of said is the speaker's phrase."""
    text = '"Forget about it," said retired neurosurgeon Ben Carson, asked about his claims.'
    found = quotes.extract(make_ctx(text))
    assert [q.quote for q in found] == ["Forget about it"]


def test_quotes_cue_that_opens_the_next_quote_does_not_part_a_split_quote(make_ctx: MakeCtx) -> None:
    """Restored text has no paragraph breaks: 'Nor, he said, “…”' introduces the next quote, and B
    stays with '“A,” said the base chief.'"""
    text = (
        "It is untrue. “There never was a stand-down order,” said the base chief, known as “Bob,” speaking "
        "publicly for the first time. “At no time did I ever second-guess that the team would depart.” Nor, "
        "he said, “did he say anything that could be interpreted as an order to stand down.”"
    )
    found = quotes.extract(make_ctx(text, degraded=True))
    first = find(found, "stand-down order")
    assert [text[p.start : p.end] for p in first.parts] == [
        "There never was a stand-down order",
        "At no time did I ever second-guess that the team would depart.",
    ]
    assert find(found, "did he say anything").verb == "said"


def test_quotes_uncued_quote_after_a_sentence_about_a_person_is_theirs(make_ctx: MakeCtx) -> None:
    text = (
        '"Trump has a strong lead," said Craig Robinson, editor of TheIowaRepublican.com.\n\n'
        "Iowa State University's Dianne Bystrom agreed. \"Mainstream Republicans are running out of time to "
        'find an alternative to Trump."'
    )
    q = find(quotes.extract(make_ctx(text)), "running out of time")
    assert (q.speaker, q.verb) == ("Dianne Bystrom", "agreed")
    # with no such sentence, an uncued quote still continues the speaker before it
    text = '"Trump has a strong lead," said Craig Robinson.\n\n"Mainstream Republicans are running out of time."'
    assert find(quotes.extract(make_ctx(text)), "running out of time").speaker == "Craig Robinson"


def test_quotes_a_later_sentence_verb_under_another_is_no_cue(make_ctx: MakeCtx) -> None:
    """Restored text runs paragraphs together: 'declined to comment' after “B.” is not B's cue."""
    text = (
        "“You can't trash us in February,” he said. “Remember, Bernie's spent two months beating the hell "
        "out of superdelegates.” Several superdelegates supporting Sanders declined to comment, didn't respond "
        "or passed along statements of support."
    )
    q = find(quotes.extract(make_ctx(text, degraded=True)), "trash us")
    assert len(q.parts) == 2 and "beating the hell" in q.quote


def test_quotes_embedded_post_is_its_authors_direct_quote() -> None:
    """A tweet a page embeds has no marks and no cue; its signature names the speaker."""
    from dateline import analyze

    post = "Crime in Germany is way up. Big mistake made all over Europe!"
    text = (
        "President Trump attacked Germany on Monday.\n\n"
        f"{post} https://t.co/4HPtATVrXc pic.twitter.com/ZkdI3u57yY — Donald J. Trump (@realDonaldTrump) June 18, 2018"
        '\n\nMerkel said she would "not be moved."'
    )
    found = analyze(text).quotes
    tweet = find(found, "Crime in Germany")
    assert (tweet.speaker, tweet.verb, tweet.kind, tweet.quote) == ("Donald J. Trump", "tweeted", "direct", post)
    assert text[tweet.speaker_start : tweet.speaker_end] == "Donald J. Trump"
    assert find(found, "not be moved").speaker == "Merkel"
    assert all("t.co" not in q.quote for q in found)
