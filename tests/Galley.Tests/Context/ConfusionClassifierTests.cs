using Galley.Context;
using Template = Galley.Context.ConfusionFeatures.Template;

namespace Galley.Tests.Context;

public sealed class ConfusionClassifierTests
{
    /// <summary>Two sets in the file's format: one weight per member but the last; a feature naming a word the
    /// vocabulary lacks, which can never fire.</summary>
    private const string Sample = "# a comment\n"
        + "set\tthan|then\n"
        + "bias\t\t-0.5\n"
        + "w-1\trather\t2\n"
        + "t+1\tNOUN\t1.5\n"
        + "w-1\tqqxyzzy\t9\n"
        + "set\tquiet|quit|quite\n"
        + "bias\t\t0.1 0.2\n";

    private static int Id(string word) => Vocabulary.Default.IdOf(word);

    [Fact]
    public void LoadsEachSetWithItsMembers()
    {
        var classifier = new ConfusionClassifier(Sample);
        Assert.Equal(2, classifier.SetCount);
        Assert.Equal(["than", "then"], classifier.ModelOf(0).Members);
        Assert.Equal(["quiet", "quit", "quite"], classifier.ModelOf(1).Members);
        Assert.Equal(1, classifier.ModelOf(1).FeatureCount);
    }

    [Fact]
    public void LeavesOutFeaturesOfWordsOutsideTheVocabulary() =>
        Assert.Equal(3, new ConfusionClassifier(Sample).ModelOf(0).FeatureCount);

    [Fact]
    public void MarginAddsTheWeightsOfTheFeaturesPresent()
    {
        var model = new ConfusionClassifier(Sample).ModelOf(0);
        long[] features = [ConfusionFeatures.Key(Template.Bias), ConfusionFeatures.Key(Template.WordMinus1, Id("rather")), ConfusionFeatures.Key(Template.WordPlus1, Id("her"))];
        // than: −0.5 + 2 (the last member, then, is 0); the w+1 feature has no weights.
        Assert.Equal(1.5, model.Margin(features, writtenMember: 1, alternativeMember: 0), 5);
        Assert.Equal(-1.5, model.Margin(features, writtenMember: 0, alternativeMember: 1), 5);
        Assert.Equal(-0.5, model.Margin([ConfusionFeatures.Key(Template.Bias)], writtenMember: 1, alternativeMember: 0), 5);
    }

    [Fact]
    public void PairsWordsOnlyWithinOneSet()
    {
        var classifier = new ConfusionClassifier(Sample);
        Assert.True(classifier.TryGetPair("quite", "quiet", out var model, out int written, out int alternative));
        Assert.Equal((2, 0), (written, alternative));
        Assert.Same(classifier.ModelOf(1), model);
        Assert.False(classifier.TryGetPair("than", "quite", out _, out _, out _));
    }

    [Fact]
    public void RejectsARowWithTheWrongNumberOfWeights() =>
        Assert.Throws<FormatException>(() => new ConfusionClassifier("set\ta|b\nbias\t\t1 2\n").ModelOf(0));

    [Fact]
    public void RejectsAMalformedSetLine() =>
        Assert.Throws<FormatException>(() => new ConfusionClassifier("set\ta|b\textra\nbias\t\t1\n"));

    [Fact]
    public void ShippedWeightsLoadAndBelongToTheConfusionSets()
    {
        var classifier = ConfusionClassifier.Default;
        Assert.True(classifier.SetCount >= 100, $"only {classifier.SetCount} sets have weights");
        for (int set = 0; set < classifier.SetCount; set++)
        {
            var model = classifier.ModelOf(set);
            Assert.True(model.FeatureCount > 0, string.Join('|', model.Members));
            foreach (var member in model.Members)
            {
                var alternatives = ConfusionSets.Default.AlternativesOf(member, out _);
                Assert.NotNull(alternatives);
                Assert.All(model.Members.Where(m => m != member), other => Assert.Contains(alternatives!, a => a.Text == other));
            }
        }
    }
}

public sealed class ConfusionFeaturesTests
{
    private static readonly string[] Sentence = ["She", "was", "taller", "then", "her", "brother", "."];

    private static int Id(string word) => NgramModel.Default.IdOf(word);

    private static long[] Extract(string[] words, int at, int length = 1, PosTag[]? tags = null)
    {
        tags ??= PosTagger.Tag(words);
        var features = new long[ConfusionFeatures.MaxFeatures];
        int count = ConfusionFeatures.Extract(words.Select(Id).ToArray(), tags, at, length, features);
        return features[..count];
    }

    [Fact]
    public void ReadsTheWordsAndTagsAroundTheSlot()
    {
        var tags = PosTagger.Tag(Sentence);
        var features = Extract(Sentence, 3, tags: tags);
        Assert.Contains(ConfusionFeatures.Key(Template.Bias), features);
        Assert.Contains(ConfusionFeatures.Key(Template.WordMinus1, Id("taller")), features);
        Assert.Contains(ConfusionFeatures.Key(Template.WordMinus2, Id("was")), features);
        Assert.Contains(ConfusionFeatures.Key(Template.WordPlus1, Id("her")), features);
        Assert.Contains(ConfusionFeatures.Key(Template.WordsMinus1Plus1, Id("taller"), Id("her")), features);
        Assert.Contains(ConfusionFeatures.Key(Template.TagPlus1, tags[4].Id), features);
        Assert.Contains(ConfusionFeatures.Key(Template.TagsMinus2Minus1, tags[1].Id, tags[2].Id), features);
        Assert.Contains(ConfusionFeatures.Key(Template.ContextWord, Id("brother")), features);
    }

    [Fact]
    public void NeverReadsTheSlotItself()
    {
        var tags = PosTagger.Tag(Sentence);
        string[] other = [.. Sentence];
        other[3] = "than";
        Assert.Equal(Extract(Sentence, 3, tags: tags), Extract(other, 3, tags: tags));
    }

    [Fact]
    public void ReadsTheSentenceEdgesAsItsStartAndEnd()
    {
        var first = Extract(Sentence, 0);
        Assert.Contains(ConfusionFeatures.Key(Template.WordMinus1, Vocabulary.Default.StartId), first);
        Assert.Contains(ConfusionFeatures.Key(Template.WordMinus2, Vocabulary.Default.StartId), first);
        var last = Extract(Sentence, Sentence.Length - 1);
        Assert.Contains(ConfusionFeatures.Key(Template.WordPlus1, Vocabulary.Default.EndId), last);
        Assert.Contains(ConfusionFeatures.Key(Template.WordPlus2, Vocabulary.Default.EndId), last);
    }

    [Fact]
    public void ATwoWordSlotIsReadFromBothEnds()
    {
        string[] words = ["We", "were", "all", "ready", "to", "leave", "."];
        var features = Extract(words, 2, length: 2);
        Assert.Contains(ConfusionFeatures.Key(Template.WordMinus1, Id("were")), features);
        Assert.Contains(ConfusionFeatures.Key(Template.WordPlus1, Id("to")), features);
    }

    [Fact]
    public void ContextWordsAreContentWordsCountedOnce()
    {
        string[] words = ["The", "brother", "saw", "his", "brother", "then", "and", "the", "river", "."];
        var context = Extract(words, 5).Where(f => f >> 40 == (long)Template.ContextWord).ToList();
        Assert.Single(context, ConfusionFeatures.Key(Template.ContextWord, Id("brother")));
        Assert.Contains(ConfusionFeatures.Key(Template.ContextWord, Id("river")), context);
        Assert.DoesNotContain(ConfusionFeatures.Key(Template.ContextWord, Id("the")), context);
        Assert.DoesNotContain(ConfusionFeatures.Key(Template.ContextWord, Id("his")), context);
        Assert.DoesNotContain(ConfusionFeatures.Key(Template.ContextWord, Id(".")), context);
    }

    [Fact]
    public void EveryFeatureReadsBackFromItsName()
    {
        foreach (long feature in Extract(Sentence, 3))
        {
            var name = ConfusionFeatures.Describe(feature).Split('\t');
            Assert.Equal(feature, ConfusionFeatures.Parse(name[0], name[1]));
        }
    }
}

/// <summary>The rule examples whose note says a classifier decides them: without the classifiers the n-gram model and
/// the tagger warn there, with them nothing does.</summary>
public sealed class ConfusionClassifierVetoTests
{
    public static TheoryData<string> ClassifierExamples()
    {
        var data = new TheoryData<string>();
        foreach (var rule in new Galley.Rules.Rule[] { new Galley.Rules.RealWord.ConfusedWord(), new Galley.Rules.Apostrophes.ApostropheConfusion() })
            foreach (var example in rule.Examples.Where(e => !e.ShouldFlag && e.Note?.Contains("classifier") == true)) data.Add(example.Text);
        return data;
    }

    [Theory]
    [MemberData(nameof(ClassifierExamples))]
    public void TheClassifierVetoesWhatTheOtherModelsWouldFlag(string text)
    {
        var manuscript = Galley.Document.Manuscript.Parse(text, Galley.Lexicon.Lexicon.Default.Language);
        try
        {
            RealWordFindings.WithoutClassifier = true;
            Assert.Contains(RealWordFindings.Find(manuscript, null, keepAll: false), f => f.IsConfident);
        }
        finally
        {
            RealWordFindings.WithoutClassifier = false;
        }
        Assert.DoesNotContain(RealWordFindings.Find(manuscript, null, keepAll: false), f => f.IsConfident);
    }

    [Fact]
    public void SomeExamplesAreDecidedByAClassifier() => Assert.True(ClassifierExamples().Count >= 5);
}
