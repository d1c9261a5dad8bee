using System.Globalization;
using System.Text;
using Galley.Context;
using Galley.Document;
using Galley.Rules.RealWord;

namespace Galley.ConfusionTrainer;

/// <summary>Measures the classifiers on the held-out Brown fiction, read through Galley's own tokenizer and tagger as
/// a manuscript is at check time. Clean text: how often a set's classifier prefers another member by at least
/// <see cref="VerdictMargin"/> (beyond the alternative's head start as the commoner word) where the written word is right. Synthetic substitution: each member replaced by each other
/// member of its set, and whether the classifier then prefers the original by that margin. The same for the whole
/// real-word mechanism (n-grams + tagger, without and with the classifiers): warnings on clean text, and warnings that
/// put the original back on the substituted sentences.</summary>
internal static class Evaluation
{
    /// <summary>The log odds at which a classifier alone is taken to flag.</summary>
    private const double VerdictMargin = 2.0;
    /// <summary>Precise: at least this many places, precision (at one error per correct use) at least
    /// <see cref="MinPrecision"/>, and clean places flagged at most <see cref="MaxCleanFlagRate"/>.</summary>
    private const int MinPlaces = 30;
    private const double MinPrecision = 0.95, MaxCleanFlagRate = 0.01;

    private sealed class SetFigures
    {
        public int Places, CleanFlags, Substitutions, Detected;
        public int WarningsBefore, WarningsAfter, CaughtBefore, CaughtAfter;
        public double Recall => Substitutions == 0 ? 0 : (double)Detected / Substitutions;
        public double CleanRate => Places == 0 ? 0 : (double)CleanFlags / Places;
        /// <summary>Precision if errors were as common as correct uses: recall against the clean flag rate.</summary>
        public double Precision => Recall + CleanRate == 0 ? 0 : Recall / (Recall + CleanRate);
        public bool Precise => Places >= MinPlaces && Precision >= MinPrecision && CleanRate <= MaxCleanFlagRate;
    }

    /// <summary><paramref name="tune"/>: measure on the even-numbered fiction files, which the n-gram model saw, each
    /// sentence leave-one-out (its n-grams counted one lower), with weights trained without them (train --without-tune).</summary>
    public static int Run(string corpus, string weightsPath, bool tune, string? report)
    {
        var weights = File.ReadAllText(weightsPath);
        var classifier = new ConfusionClassifier(weights);
        ConfusionClassifier.Measured = classifier;
        var language = Galley.Lexicon.Lexicon.Default.Language;
        var sentences = (tune ? BrownCorpus.TuneFiles(corpus) : BrownCorpus.HeldOutFiles(corpus)).Select(BrownCorpus.Detokenize).ToList();
        var manuscript = Manuscript.Parse(string.Join("\n\n", sentences), language);
        var tags = PosTags.Tag(manuscript, _ => false);
        var figures = Enumerable.Range(0, classifier.SetCount).Select(_ => new SetFigures()).ToArray();
        int words = manuscript.Tokens.Count(t => t.IsWord);

        var finder = new RealWordFindings.Finder(manuscript, null, keepAll: false, () => tags);
        var found = new List<RealWordFinding>();

        Span<long> features = stackalloc long[ConfusionFeatures.MaxFeatures];
        Span<char> form = stackalloc char[80];
        var ids = new List<int>();
        foreach (var sentence in manuscript.Sentences)
        {
            RealWordFindings.SentenceIds(manuscript, sentence, ids);
            var sentenceIds = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ids)[..^1];
            var sentenceTags = tags.All.Slice(sentence.FirstToken, sentence.TokenCount);
            if (tune)
            {
                NgramModel.LeaveOut = null;
                NgramModel.Default.LeaveOutSentence(sentenceIds);
            }
            // The whole mechanism on the clean sentence, without and with the classifiers.
            foreach (bool without in new[] { true, false })
            {
                RealWordFindings.WithoutClassifier = without;
                found.Clear();
                finder.FindIn(sentence, found);
                foreach (var f in found.Where(f => f.IsConfident))
                    if (SetOf(classifier, f.Written, f.Alternative) is int set)
                    {
                        if (without) figures[set].WarningsBefore++;
                        else figures[set].WarningsAfter++;
                    }
            }
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
                for (int length = 1; length <= 2 && t + length <= sentence.EndToken; length++)
                {
                    if (!Form(manuscript, t, length, form, out var member)) continue;
                    for (int set = 0; set < classifier.SetCount; set++)
                    {
                        var model = classifier.ModelOf(set);
                        int written = Array.IndexOf(model.Members, member);
                        if (written < 0) continue;
                        int n = ConfusionFeatures.Extract(sentenceIds, sentenceTags, t - sentence.FirstToken, length, features);
                        var figure = figures[set];
                        figure.Places++;
                        double best = double.NegativeInfinity;
                        for (int other = 0; other < model.Members.Length; other++)
                            if (other != written) best = Math.Max(best, Evidence(model, features[..n], written, other));
                        if (best >= VerdictMargin) figure.CleanFlags++;
                        for (int other = 0; other < model.Members.Length; other++)
                            if (other != written) Substitute(manuscript, sentence, t, length, model, written, other, figure, language);
                    }
                }
        }
        RealWordFindings.WithoutClassifier = false;
        NgramModel.LeaveOut = null;

        var table = Table(classifier, figures, words);
        Console.WriteLine(table);
        if (report is not null) File.WriteAllText(report, table);
        return 0;
    }

    /// <summary>The classifier's log odds for <paramref name="alternative"/> over <paramref name="written"/> beyond the
    /// alternative's head start from being commoner, as the real-word mechanism weighs them.</summary>
    private static double Evidence(ConfusionClassifier.SetModel model, ReadOnlySpan<long> features, int written, int alternative)
    {
        static int[] Ids(string member) => member.Split(' ').Select(w => NgramModel.Default.IdOf(w)).ToArray();
        var writtenIds = Ids(model.Members[written]);
        var alternativeIds = Ids(model.Members[alternative]);
        double frequencyGain = RealWordFindings.LogFrequency(alternativeIds, 0, alternativeIds.Length) - RealWordFindings.LogFrequency(writtenIds, 0, writtenIds.Length);
        return RealWordFindings.ClassifierEvidence(model.Margin(features, written, alternative), frequencyGain);
    }

    /// <summary>The set whose classifier holds both members.</summary>
    private static int? SetOf(ConfusionClassifier classifier, string written, string alternative)
    {
        for (int set = 0; set < classifier.SetCount; set++)
        {
            var members = classifier.ModelOf(set).Members;
            if (members.Contains(written) && members.Contains(alternative)) return set;
        }
        return null;
    }

    /// <summary>The sentence with the member at <paramref name="t"/> replaced by another, checked on its own.</summary>
    private static void Substitute(Manuscript manuscript, Sentence sentence, int t, int length, ConfusionClassifier.SetModel model,
        int correct, int wrong, SetFigures figure, Galley.Lexicon.LanguageData language)
    {
        var text = manuscript.Text.Substring(sentence.Span.Start, sentence.Span.Length);
        int start = manuscript.Tokens[t].Start - sentence.Span.Start, end = manuscript.Tokens[t + length - 1].End - sentence.Span.Start;
        var replacement = ConfusionRule.MatchStyle(text[start..end], model.Members[wrong], curlyApostrophes: false);
        var corrupted = Manuscript.Parse(text[..start] + replacement + text[end..], language);
        int slot = Array.FindIndex(corrupted.Tokens, token => token.Start == start);
        if (slot < 0) return;
        figure.Substitutions++;
        var corruptedTags = PosTags.Tag(corrupted, _ => false);
        var host = corrupted.SentenceOf(slot);
        var ids = new List<int>();
        RealWordFindings.SentenceIds(corrupted, host, ids);
        Span<long> features = stackalloc long[ConfusionFeatures.MaxFeatures];
        int n = ConfusionFeatures.Extract(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ids)[..^1],
            corruptedTags.All.Slice(host.FirstToken, host.TokenCount), slot - host.FirstToken, model.Members[wrong].Count(c => c == ' ') + 1, features);
        if (Evidence(model, features[..n], wrong, correct) >= VerdictMargin) figure.Detected++;
        foreach (bool without in new[] { true, false })
        {
            RealWordFindings.WithoutClassifier = without;
            bool caught = RealWordFindings.Find(corrupted, null, keepAll: false, () => corruptedTags)
                .Any(f => f.FirstToken == slot && f.IsConfident && f.Alternative == model.Members[correct]);
            if (!caught) continue;
            if (without) figure.CaughtBefore++;
            else figure.CaughtAfter++;
        }
    }

    /// <summary>The lookup form of <paramref name="length"/> word tokens joined by single spaces.</summary>
    private static bool Form(Manuscript manuscript, int t, int length, Span<char> buffer, out string form)
    {
        form = "";
        var parts = new List<string>();
        for (int k = 0; k < length; k++)
        {
            var token = manuscript.Tokens[t + k];
            if (!token.IsWord || k > 0 && !token.Is(TokenFlags.SpaceBefore)) return false;
            int written = Vocabulary.LookupForm(manuscript.TextOf(token), buffer);
            if (written < 0) return false;
            parts.Add(buffer[..written].ToString());
        }
        form = string.Join(' ', parts);
        return true;
    }

    private static string Table(ConfusionClassifier classifier, SetFigures[] figures, int words)
    {
        var text = new StringBuilder();
        string P(int a, int b) => b == 0 ? "–" : (100.0 * a / b).ToString("0.0", CultureInfo.InvariantCulture);
        text.Append($"Held-out Brown fiction, {words} words. Classifier alone at log odds ≥ {VerdictMargin}: clean = share of correct uses flagged, "
            + "recall = share of substitutions flagged, precision = recall / (recall + clean) (one error per correct use). "
            + "Whole mechanism: warnings on clean text, and substitutions caught as warnings, without → with the classifiers.\n\n");
        text.Append("| set | places | clean flags % | recall % | precision % | precise | warnings on clean | substitutions caught |\n");
        text.Append("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |\n");
        var total = new SetFigures();
        for (int set = 0; set < figures.Length; set++)
        {
            var f = figures[set];
            total.Places += f.Places; total.CleanFlags += f.CleanFlags; total.Substitutions += f.Substitutions; total.Detected += f.Detected;
            total.WarningsBefore += f.WarningsBefore; total.WarningsAfter += f.WarningsAfter; total.CaughtBefore += f.CaughtBefore; total.CaughtAfter += f.CaughtAfter;
            text.Append($"| {string.Join('|', classifier.ModelOf(set).Members).Replace("|", "/")} | {f.Places} | {P(f.CleanFlags, f.Places)} | {P(f.Detected, f.Substitutions)} | "
                + $"{(f.Places == 0 ? "–" : (100 * f.Precision).ToString("0.0", CultureInfo.InvariantCulture))} | {(f.Precise ? "yes" : "no")} | "
                + $"{f.WarningsBefore} → {f.WarningsAfter} | {f.CaughtBefore} → {f.CaughtAfter} of {f.Substitutions} |\n");
        }
        text.Append($"| **all** | {total.Places} | {P(total.CleanFlags, total.Places)} | {P(total.Detected, total.Substitutions)} | "
            + $"{(100 * total.Precision).ToString("0.0", CultureInfo.InvariantCulture)} | {figures.Count(f => f.Precise)} sets | "
            + $"{total.WarningsBefore} → {total.WarningsAfter} | {total.CaughtBefore} → {total.CaughtAfter} of {total.Substitutions} |\n");
        return text.ToString();
    }
}
