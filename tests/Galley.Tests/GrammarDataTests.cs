using Galley.Checking;
using Galley.Context;
using Galley.Rules.Grammar;

namespace Galley.Tests;

/// <summary>The grammar rules' data helpers: irregular verb forms, initial sounds for a/an, Brown tag shares, inflection.</summary>
public class GrammarDataTests
{
    [Theory]
    [InlineData("went", true)]
    [InlineData("sank", true)]
    [InlineData("ran", true)]
    [InlineData("found", false)]   // also the participle
    [InlineData("gone", false)]
    [InlineData("walked", false)]  // regular verbs are not listed
    public void Past_only_forms_are_past_tenses_that_are_never_participles(string form, bool expected) =>
        Assert.Equal(expected, IrregularVerbs.Default.IsPastOnly(form, out _));

    [Theory]
    [InlineData("seen", true)]
    [InlineData("sunk", true)]     // listed as a variant past of sink, still a participle for the rules
    [InlineData("begun", true)]
    [InlineData("lighted", false)] // a past of light in its own right
    [InlineData("saw", false)]
    [InlineData("come", false)]    // also the base form
    public void Participle_only_forms_need_have(string form, bool expected) =>
        Assert.Equal(expected, IrregularVerbs.Default.IsParticipleOnly(form));

    [Theory]
    [InlineData("hour", InitialSound.Vowel)]
    [InlineData("honest", InitialSound.Vowel)]
    [InlineData("university", InitialSound.Consonant)]
    [InlineData("one", InitialSound.Consonant)]
    [InlineData("FBI", InitialSound.Vowel)]
    [InlineData("UFO", InitialSound.Consonant)]
    [InlineData("apple", InitialSound.Vowel)]
    [InlineData("dog", InitialSound.Consonant)]
    [InlineData("herb", InitialSound.Either)]
    [InlineData("historic", InitialSound.Either)]
    [InlineData("one-way", InitialSound.Consonant)]
    public void Initial_sound_follows_pronunciation(string word, InitialSound expected) =>
        Assert.Equal(expected, InitialSounds.Of(word, known: true));

    [Fact]
    public void Unknown_words_and_acronyms_with_vowels_are_not_guessed()
    {
        Assert.Equal(InitialSound.Unknown, InitialSounds.Of("Ulvaeus", known: false));
        Assert.Equal(InitialSound.Unknown, InitialSounds.Of("LSAT", known: false));
    }

    [Fact]
    public void Tag_profiles_give_shares_of_brown_tags()
    {
        var push = WordTags.Of("Push");
        Assert.True(push.IsKnown);
        Assert.Equal(Pos.Vb, push.Top);
        Assert.InRange(push.Share(Pos.Noun), 0.01, 0.5);
        Assert.False(WordTags.Of("zzxqv").IsKnown);
    }

    [Theory]
    [InlineData("push", "pushing", "pushes")]
    [InlineData("argue", "arguing", "argues")]
    [InlineData("run", "running", "runs")]
    [InlineData("lie", "lying", "lies")]
    [InlineData("try", "trying", "tries")]
    public void Verb_forms_are_inflected_and_checked_against_data(string verb, string gerund, string third)
    {
        var context = new CheckContext(Document.Manuscript.Parse("", Lexicon.Lexicon.Default.Language), Lexicon.Lexicon.Default, CheckOptions.Default);
        Assert.Equal(gerund, VerbForms.Gerund(verb, context));
        Assert.Equal(third, VerbForms.ThirdPerson(verb));
        Assert.Equal(verb, VerbForms.BaseOfThirdPerson(third, context));
        Assert.True(VerbForms.IsFormOf(gerund, verb));
    }
}

/// <summary>How the grammar rules treat dialogue: nonstandard grammar in speech is a character's voice.</summary>
public class GrammarInDialogueTests
{
    [Fact]
    public void Agreement_is_a_warning_in_narration_and_a_hint_in_dialogue()
    {
        var result = Checker.Check("\"She don't care,\" he said. She don't care.");
        var found = result.Diagnostics.Where(d => d.RuleId == "GL4001").ToList();
        Assert.Equal(2, found.Count);
        Assert.Equal(Diagnostics.Severity.Info, found[0].Severity);
        Assert.Equal(Diagnostics.Severity.Warning, found[1].Severity);
    }

    [Fact]
    public void Sentence_hints_stay_out_of_dialogue()
    {
        var text = "\"My hands were shaking, I could not hold the cup,\" she said. My hands were shaking, I could not hold the cup.";
        var splices = Checker.Check(text).Diagnostics.Where(d => d.RuleId == "GL6004").ToList();
        Assert.Single(splices);
        Assert.True(splices[0].Span.Start > text.IndexOf("said", StringComparison.Ordinal));
    }
}
