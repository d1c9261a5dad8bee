namespace Galley.Evaluation;

/// <summary>Precision, recall and F0.5 from counts. With nothing proposed precision is 1, with nothing to find recall
/// is 1, as in the M2 scorer and ERRANT; <see cref="Ratio.Defined"/> tells the table to print "–" instead.</summary>
public readonly record struct Ratio(int Hits, int Of)
{
    public bool Defined => Of > 0;
    public double Value => Of == 0 ? 1.0 : (double)Hits / Of;

    public static double F(Ratio precision, Ratio recall, double beta = 0.5)
    {
        double p = precision.Value, r = recall.Value, b2 = beta * beta;
        return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
    }
}

/// <summary>Counts for one category (or all): gold edits found and fixed, flags right and fixes right.
/// Detection precision counts every flag; correction precision counts flags that offer a fix, as the M2 scorer
/// counts only proposed edits.</summary>
public readonly record struct Tally(int Gold, int GoldDetected, int GoldCorrected, int Flags, int FlagsDetecting, int Fixes, int FixesCorrect)
{
    public Ratio DetectionPrecision => new(FlagsDetecting, Flags);
    public Ratio DetectionRecall => new(GoldDetected, Gold);
    public double DetectionF => Ratio.F(DetectionPrecision, DetectionRecall);
    public Ratio CorrectionPrecision => new(FixesCorrect, Fixes);
    public Ratio CorrectionRecall => new(GoldCorrected, Gold);
    public double CorrectionF => Ratio.F(CorrectionPrecision, CorrectionRecall);

    public static Tally operator +(Tally a, Tally b) => new(a.Gold + b.Gold, a.GoldDetected + b.GoldDetected,
        a.GoldCorrected + b.GoldCorrected, a.Flags + b.Flags, a.FlagsDetecting + b.FlagsDetecting, a.Fixes + b.Fixes, a.FixesCorrect + b.FixesCorrect);

    public static Tally Of<T>(GoldOutcome<T> g) => new(1, g.Detected ? 1 : 0, g.Corrected ? 1 : 0, 0, 0, 0, 0);

    public static Tally Of<T>(FlagOutcome<T> f) => new(0, 0, 0, 1, f.Detected ? 1 : 0, f.Flag.Fix.Count > 0 ? 1 : 0, f.Corrected ? 1 : 0);
}

/// <summary>Tallies by category: gold edits count under their annotated category, flags under the checker's.</summary>
public sealed class Scoreboard
{
    private readonly SortedDictionary<string, Tally> _byCategory = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Tally> ByCategory => _byCategory;
    public Tally Total => _byCategory.Values.Aggregate(default(Tally), (a, b) => a + b);

    public void Add(string category, Tally tally) =>
        _byCategory[category] = _byCategory.GetValueOrDefault(category) + tally;

    public void Add<T>(MatchResult<T> result)
    {
        foreach (var g in result.Gold) Add(g.Gold.Category, Tally.Of(g));
        foreach (var f in result.Flags) Add(f.Flag.Category, Tally.Of(f));
    }

    /// <summary>Flags counted by the rule that raised them: which rules are right and which cry wolf.</summary>
    public static Scoreboard ByRule<T>(IEnumerable<FlagOutcome<T>> flags)
    {
        var board = new Scoreboard();
        foreach (var f in flags) board.Add(f.Flag.Rule, Tally.Of(f));
        return board;
    }

    public static Tally TallyOf<T>(MatchResult<T> result) =>
        result.Gold.Select(Tally.Of).Concat(result.Flags.Select(Tally.Of)).Aggregate(default(Tally), (a, b) => a + b);
}
