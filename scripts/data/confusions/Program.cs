// Trains the confusion-set classifiers (data/context/confusion-weights.tsv) on the Brown training files and measures
// them on the held-out ones. See README.md beside this file; docs/context-model.md has the figures.
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Galley.ConfusionTrainer;
using Galley.Context;

if (args.Length >= 1 && args[0] == "probe")
{
    // Each line of standard input: the real-word findings without and with the classifiers, with their gains.
    var language = Galley.Lexicon.Lexicon.Default.Language;
    while (Console.ReadLine() is { } line)
    {
        var manuscript = Galley.Document.Manuscript.Parse(line, language);
        foreach (bool without in new[] { true, false })
        {
            RealWordFindings.WithoutClassifier = without;
            var found = RealWordFindings.Find(manuscript, null, keepAll: args.Contains("--all"));
            Console.WriteLine($"{(without ? "without" : "with   ")} | {line} | " + string.Join("; ", found.Select(f =>
                $"{f.Written}→{f.Alternative}{(f.IsConfident ? " WARN" : " hint")} lm {f.LmGain:F1} tag {f.TagGain:F1} score {f.Score:F1} clf {f.ClassifierGain:F1}")));
        }
    }
    return 0;
}
if (args.Length >= 2 && args[0] == "dump")
{
    // Every near-finding of whole manuscripts (each FILE read as one, its names learned as a check learns them), one
    // tab-separated line each: to measure a change of the thresholds on edited fiction before making it. Near: the
    // alternative reads better to both models and follows the word before in training, whatever the margin.
    var lexicon = Galley.Lexicon.Lexicon.Default;
    Console.WriteLine("file\twritten\talternative\tlm\ttag\tscore\tclassifier\tevidence (alternative-written)\tcontext");
    bool all = args.Contains("--all");
    foreach (var file in args.Skip(1).Where(a => a != "--all"))
    {
        var text = File.ReadAllText(file);
        var manuscript = Galley.Document.Manuscript.Parse(text, lexicon.Language);
        var context = new Galley.Checking.CheckContext(manuscript, lexicon, new Galley.Checking.CheckOptions());
        var tags = PosTags.Of(context);
        foreach (var f in RealWordFindings.Find(manuscript, context.Names.IsName, keepAll: true, () => tags))
        {
            if (!all && (f.LmGain < 0 || f.TagGain < 0 || (f.AlternativeEvidence & RealWordFindings.LeftSide) == 0)) continue;
            var first = manuscript.Tokens[f.FirstToken];
            var around = text.Substring(Math.Max(0, first.Start - 40), Math.Min(text.Length, first.Start + 40) - Math.Max(0, first.Start - 40));
            Console.WriteLine(string.Join('\t', Path.GetFileName(Path.GetDirectoryName(file)) + "/" + Path.GetFileName(file), f.Written, f.Alternative,
                f.LmGain.ToString("F2", CultureInfo.InvariantCulture), f.TagGain.ToString("F2", CultureInfo.InvariantCulture),
                f.Score.ToString("F2", CultureInfo.InvariantCulture), f.ClassifierGain.ToString("F2", CultureInfo.InvariantCulture),
                ((f.AlternativeEvidence & RealWordFindings.LeftSide) != 0 ? "L" : "") + ((f.AlternativeEvidence & RealWordFindings.RightSide) != 0 ? "R" : "") + "-"
                    + ((f.WrittenEvidence & RealWordFindings.LeftSide) != 0 ? "l" : "") + ((f.WrittenEvidence & RealWordFindings.RightSide) != 0 ? "r" : ""), around.Replace('\n', ' ').Replace('\t', ' ')));
        }
    }
    return 0;
}
if (args.Length < 2 || args[0] is not ("train" or "evaluate"))
{
    Console.Error.WriteLine("usage: train CORPUS_DIR [OUT.tsv] [--without-tune]    (default OUT: data/context/confusion-weights.tsv)\n"
        + "       evaluate CORPUS_DIR [WEIGHTS.tsv] [--tune] [--veto V] [--report FILE.md]\n"
        + "       probe [--all]                               (sentences on standard input)\n"
        + "       dump FILE... [--all]                        (near-findings of whole manuscripts, tab-separated)");
    return 2;
}
var corpus = args[1];
var repo = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../.."));
var weightsPath = args.Length > 2 && !args[2].StartsWith("--") ? args[2] : Path.Combine(repo, "data/context/confusion-weights.tsv");
if (args[0] == "train")
{
    var sets = ConfusionSetList.Load(Path.Combine(repo, "data/context/confusion-sets.tsv"));
    var examples = BrownExamples.Collect(BrownCorpus.Training(corpus, withoutTune: args.Contains("--without-tune")), sets);
    File.WriteAllText(weightsPath, Trainer.TrainAll(sets, examples), new UTF8Encoding(false));
    Console.WriteLine($"wrote {weightsPath}");
    return 0;
}
string? Option(string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
if (Option("--veto") is { } veto) RealWordFindings.MinClassifierGain = double.Parse(veto, CultureInfo.InvariantCulture);
return Evaluation.Run(corpus, weightsPath, tune: args.Contains("--tune"), report: Option("--report"));

namespace Galley.ConfusionTrainer
{
    /// <summary>The sets of confusion-sets.tsv in file order, and for each member (lookup form) the sets it is in.</summary>
    internal sealed class ConfusionSetList
    {
        public List<string[]> Sets { get; } = [];
        public Dictionary<string, List<(int Set, int Member)>> Membership { get; } = new(StringComparer.Ordinal);

        public static ConfusionSetList Load(string path)
        {
            var list = new ConfusionSetList();
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var members = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                // A set repeated under another line (thorough|thought, thorough|through) is its own set.
                list.Sets.Add(members);
                for (int m = 0; m < members.Length; m++)
                {
                    if (!list.Membership.TryGetValue(members[m], out var of)) list.Membership[members[m]] = of = [];
                    of.Add((list.Sets.Count - 1, m));
                }
            }
            return list;
        }
    }

    /// <summary>Reads the Brown corpus files as build.mjs reads them: one sentence per line, tokens "word/tag", the
    /// held-out fiction files (c[k-r]?[13579]) filtered out by name before any is opened.</summary>
    internal static class BrownCorpus
    {
        private static readonly Regex HeldOut = new("^c[k-r][0-9][13579]$", RegexOptions.CultureInvariant);
        private static readonly Regex Tune = new("^c[k-r][0-9][02468]$", RegexOptions.CultureInvariant);
        private static readonly Regex CorpusFile = new("^c[a-r][0-9][0-9]$", RegexOptions.CultureInvariant);

        /// <summary>The training files; <paramref name="withoutTune"/>: without the even-numbered fiction files, to tune on them.</summary>
        public static IEnumerable<List<string>> Training(string dir, bool withoutTune) =>
            Read(dir, name => !HeldOut.IsMatch(name) && !(withoutTune && Tune.IsMatch(name)));
        public static IEnumerable<List<string>> TuneFiles(string dir) => Read(dir, Tune.IsMatch);
        public static IEnumerable<List<string>> HeldOutFiles(string dir) => Read(dir, HeldOut.IsMatch);

        private static IEnumerable<List<string>> Read(string dir, Func<string, bool> wanted)
        {
            var names = Directory.GetFiles(dir).Select(Path.GetFileName).Where(n => CorpusFile.IsMatch(n!) && wanted(n!))
                .Order(StringComparer.Ordinal).ToList();
            foreach (var name in names)
                foreach (var line in File.ReadLines(Path.Combine(dir, name!)))
                {
                    var tokens = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                    if (tokens.Length == 0) continue;
                    // The word before the last "/"; Brown's `` and '' are double quotes (build.mjs normWord).
                    yield return tokens.Select(t => t[..t.LastIndexOf('/')]).Select(w => w is "``" or "''" ? "\"" : w).ToList();
                }
        }

        /// <summary>A tokenized sentence as plain prose: no space before closing punctuation or after an opening
        /// bracket; double quotes alternate opening and closing.</summary>
        public static string Detokenize(List<string> tokens)
        {
            var text = new StringBuilder();
            bool quoteOpen = false, glue = true;
            foreach (var token in tokens)
            {
                bool closing = token is "." or "," or ";" or ":" or "?" or "!" or ")" || token == "\"" && quoteOpen;
                if (!glue && !closing) text.Append(' ');
                text.Append(token);
                glue = token is "(" || token == "\"" && !quoteOpen;
                if (token == "\"") quoteOpen = !quoteOpen;
            }
            return text.ToString();
        }
    }

    /// <summary>Every occurrence of a member in the training sentences as an example for each set it is in: the
    /// slot's features (<see cref="ConfusionFeatures.Extract"/>, tags by Galley's tagger as at check time) and the member written.</summary>
    internal static class BrownExamples
    {
        public static List<(long[] Features, int Label)>[] Collect(IEnumerable<List<string>> sentences, ConfusionSetList sets)
        {
            var examples = sets.Sets.Select(_ => new List<(long[], int)>()).ToArray();
            Span<long> buffer = stackalloc long[ConfusionFeatures.MaxFeatures];
            int count = 0;
            foreach (var sentence in sentences)
            {
                var tags = PosTagger.Tag(sentence);
                var ids = sentence.Select(w => NgramModel.Default.IdOf(w)).ToArray();
                var lower = sentence.Select(w => w.ToLowerInvariant()).ToArray();
                for (int t = 0; t < lower.Length; t++)
                    for (int length = 1; length <= 2 && t + length <= lower.Length; length++)
                    {
                        var form = length == 1 ? lower[t] : lower[t] + " " + lower[t + 1];
                        if (!sets.Membership.TryGetValue(form, out var of)) continue;
                        int n = ConfusionFeatures.Extract(ids, tags, t, length, buffer);
                        var features = buffer[..n].ToArray();
                        foreach (var (set, member) in of) examples[set].Add((features, member));
                    }
                if (++count % 10000 == 0) Console.Error.WriteLine($"  {count} sentences");
            }
            return examples;
        }
    }

    /// <summary>Multinomial logistic regression per set, by AdaGrad over a fixed shuffled order (deterministic).</summary>
    internal static class Trainer
    {
        private const int Epochs = 10, MinFeatureCount = 5, MinExamples = 3;
        private const double LearningRate = 0.1, L2 = 1e-4;
        /// <summary>Weights are written to one decimal; a feature whose weights all round to 0 is left out.</summary>
        private const double Precision = 10;

        public static string TrainAll(ConfusionSetList sets, List<(long[] Features, int Label)>[] examples)
        {
            var output = new StringBuilder();
            output.Append("# Confusion-set classifiers: scripts/data/confusions (generated; see data/context/FORMAT.md).\n");
            for (int s = 0; s < sets.Sets.Count; s++)
            {
                var members = sets.Sets[s];
                var perMember = members.Select((_, m) => examples[s].Count(e => e.Label == m)).ToArray();
                if (perMember.Any(c => c < MinExamples))
                {
                    Console.Error.WriteLine($"{string.Join('|', members)}: skipped, examples per member {string.Join('/', perMember)}");
                    continue;
                }
                var rows = Train(members.Length, examples[s]);
                output.Append("set\t").Append(string.Join('|', members)).Append('\n');
                foreach (var (key, weights) in rows.OrderBy(r => (r.Key >> 40, ConfusionFeatures.Describe(r.Key)), Comparer<(long, string)>.Create((a, b) =>
                             a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : string.CompareOrdinal(a.Item2, b.Item2))))
                    output.Append(ConfusionFeatures.Describe(key)).Append('\t')
                        .Append(string.Join(' ', weights.Select(w => w.ToString("0.##", CultureInfo.InvariantCulture)))).Append('\n');
                Console.Error.WriteLine($"{string.Join('|', members)}: {examples[s].Count} examples ({string.Join('/', perMember)}), {rows.Count} features kept");
            }
            return output.ToString();
        }

        private static Dictionary<long, double[]> Train(int width, List<(long[] Features, int Label)> examples)
        {
            var counts = new Dictionary<long, int>();
            foreach (var (features, _) in examples)
                foreach (long f in features) counts[f] = counts.GetValueOrDefault(f) + 1;
            var index = new Dictionary<long, int>();
            foreach (var (f, c) in counts.OrderBy(p => p.Key))
                if (c >= MinFeatureCount || (f >> 40) == 0) index[f] = index.Count;
            var data = examples.Select(e => (Features: e.Features.Where(index.ContainsKey).Select(f => index[f]).ToArray(), e.Label)).ToArray();
            var weights = new double[index.Count * width];
            var squares = new double[index.Count * width];
            var order = Enumerable.Range(0, data.Length).ToArray();
            var random = new Random(20261207);
            var scores = new double[width];
            for (int epoch = 0; epoch < Epochs; epoch++)
            {
                random.Shuffle(order);
                foreach (int i in order)
                {
                    var (features, label) = data[i];
                    Array.Clear(scores);
                    foreach (int f in features)
                        for (int m = 0; m < width; m++) scores[m] += weights[f * width + m];
                    double max = scores.Max(), sum = 0;
                    for (int m = 0; m < width; m++) sum += scores[m] = Math.Exp(scores[m] - max);
                    for (int m = 0; m < width; m++)
                    {
                        double gradient = scores[m] / sum - (m == label ? 1 : 0);
                        foreach (int f in features)
                        {
                            int w = f * width + m;
                            double g = gradient + L2 * weights[w];
                            squares[w] += g * g;
                            weights[w] -= LearningRate * g / Math.Sqrt(squares[w] + 1e-8);
                        }
                    }
                }
            }
            var rows = new Dictionary<long, double[]>();
            foreach (var (f, row) in index)
            {
                // Only differences between members matter: each member's weight less the last member's, rounded.
                double last = weights[row * width + width - 1];
                var rounded = new double[width - 1];
                for (int m = 0; m < width - 1; m++) rounded[m] = Math.Round((weights[row * width + m] - last) * Precision) / Precision + 0.0;   // + 0.0: no "-0"
                if (rounded.Any(w => w != 0) || (f >> 40) == 0) rows[f] = rounded;
            }
            return rows;
        }
    }
}
