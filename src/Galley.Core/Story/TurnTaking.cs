namespace Galley.Story;

/// <summary>One paragraph of an exchange: its speaker when its own evidence decided it (<see cref="Known"/>), whom
/// it addresses, whether it carries on the previous paragraph's quotation, and who the narration around it names.</summary>
internal sealed class Turn
{
    public int Known = SpeakerAttribution.Nobody;
    /// <summary>When only he or she names the speaker: that pronoun's gender and its nearest antecedent.</summary>
    public Gender Pronoun = Gender.Unknown;
    public int Preferred = SpeakerAttribution.Nobody;
    public int Addressee = SpeakerAttribution.Nobody;
    public bool Continues;
    /// <summary>Its he or she takes up their own speech again ("…," she went on): most likely the last speaker.</summary>
    public bool Resumes;
    /// <summary>Characters named as a sentence's subject in that narration.</summary>
    public readonly List<int> Subjects = new();
    /// <summary>Words of narration since the previous turn (between the paragraphs and in this one outside quotes).</summary>
    public int NarrationWords;
    /// <summary>Characters named in that narration.</summary>
    public readonly List<int> Named = new();
    /// <summary>Characters named inside the turn's own speech (people seldom speak of themselves by name).</summary>
    public readonly List<int> SpokenOf = new();
    /// <summary>The decoded speaker.</summary>
    public int Speaker = SpeakerAttribution.Nobody;
}

/// <summary>Turn-taking as a model of the exchange: the people present (speakers and listeners found in it, those the
/// narration names, the narrator, whoever was about just before) take turns, each paragraph a turn. The speakers of
/// turns without evidence of their own are decoded together, weighing: a new paragraph is a new speaker; the one
/// before the last speaks again; the one addressed by name is not the speaker and tends to answer next; carrying on
/// a quotation keeps the speaker. Known turns are fixed points, so a run of untagged turns is read from both
/// ends (second-order Viterbi over the few candidates).</summary>
internal static class TurnTaking
{
    private const double Impossible = -1e9;

    // Weights in log-odds-like units, measured on the PDNC development novels (docs/report.md).
    /// <summary>he/she: the pronoun's nearest antecedent; a character of the other gender; one of unknown gender.</summary>
    private const double Antecedent = 2.0, WrongGender = -8.0, UnknownGender = -1.0;
    /// <summary>he/she: someone of that gender a tag or beat already has speaking in the exchange, when the antecedent is not.</summary>
    private const double SpeakingInExchange = 1.0;
    /// <summary>The same speaker as the turn before (less unlikely after narration, not at all after narration about
    /// that speaker); the one before the last again; a third person.</summary>
    private const double SameAsPrevious = -3.0, SameAfterNarration = -1.0, SameAfterOwnNarration = 0, Alternates = 1.0, ThirdParty = -1.0;
    /// <summary>A he or she who goes on (she continued) being the last speaker.</summary>
    private const double ResumesOwnSpeech = 2.0;
    /// <summary>Answering whoever addressed you by name; addressing the previous speaker.</summary>
    private const double AnswersWhoAddressedThem = 3.0, AddressesPreviousSpeaker = 0.5;
    /// <summary>Named in the narration since the last turn; the first-person narrator; named in one's own speech.</summary>
    private const double NamedNearby = 1.5, Narrator = 1.0, SpeaksOfThemselves = -3.0;
    /// <summary>Someone no tag or beat has had speaking yet, in the story so far or in this exchange.</summary>
    private const double NeverHeard = -1.0;

    /// <summary>Decides <see cref="Turn.Speaker"/> for every turn; <paramref name="recent"/> are the characters
    /// about before the exchange, most recent first.</summary>
    public static void Decode(List<Turn> turns, IReadOnlyList<int> recent, int narrator, Func<int, Gender> genderOf, Func<int, bool>? heardBefore = null)
    {
        if (turns.Count == 0) return;
        var candidates = new List<int>();
        void Add(int c) { if (c != SpeakerAttribution.Nobody && !candidates.Contains(c)) candidates.Add(c); }
        foreach (var t in turns) Add(t.Known);
        foreach (var t in turns) Add(t.Preferred);
        Add(narrator);
        foreach (var t in turns) foreach (int c in t.Named) Add(c);
        foreach (int c in recent) Add(c);
        foreach (var t in turns) Add(t.Addressee);
        if (candidates.Count == 0) return;
        int keep = Math.Max(MaxCandidates, turns.Select(t => t.Known).Where(c => c != SpeakerAttribution.Nobody).Distinct().Count());
        if (candidates.Count > keep) candidates.RemoveRange(keep, candidates.Count - keep);
        int k = candidates.Count, n = turns.Count;
        // Who the exchange's own tags and beats have speaking.
        var speaking = new HashSet<int>(turns.Select(t => t.Known).Where(c => c != SpeakerAttribution.Nobody));
        // State (a, b): previous turn's speaker a (or k: none yet), this turn's speaker b.
        int states = (k + 1) * k;
        var score = new double[n, states];
        var back = new int[n, states];
        for (int i = 0; i < n; i++)
            for (int s = 0; s < states; s++) { score[i, s] = Impossible; back[i, s] = -1; }
        for (int b = 0; b < k; b++)
            score[0, k * k + b] = Emission(turns[0], candidates[b], narrator, genderOf, speaking, heardBefore) + (turns[0].Continues ? Impossible : 0);
        for (int i = 1; i < n; i++)
        {
            var turn = turns[i];
            for (int c = 0; c < k; c++)
            {
                double emit = Emission(turn, candidates[c], narrator, genderOf, speaking, heardBefore);
                if (emit <= Impossible / 2) continue;
                for (int b = 0; b < k; b++)
                {
                    double best = Impossible; int arg = -1;
                    for (int a = 0; a <= k; a++)
                    {
                        int from = a * k + b;
                        if (score[i - 1, from] <= Impossible / 2) continue;
                        double v = score[i - 1, from] + Transition(turns[i - 1], turn, a < k ? candidates[a] : SpeakerAttribution.Nobody, candidates[b], candidates[c]);
                        if (v > best) { best = v; arg = from; }
                    }
                    if (arg < 0) continue;
                    int to = b * k + c;
                    if (best + emit > score[i, to]) { score[i, to] = best + emit; back[i, to] = arg; }
                }
            }
        }
        int state = -1; double top = Impossible;
        for (int s = 0; s < states; s++) if (score[n - 1, s] > top) { top = score[n - 1, s]; state = s; }
        for (int i = n - 1; i >= 0 && state >= 0; i--)
        {
            turns[i].Speaker = candidates[state % k];
            state = back[i, state];
        }
    }

    private const int MaxCandidates = 8;

    private static double Emission(Turn turn, int who, int narrator, Func<int, Gender> genderOf, HashSet<int> speaking, Func<int, bool>? heardBefore)
    {
        if (turn.Known != SpeakerAttribution.Nobody) return who == turn.Known ? 0 : Impossible;
        if (who == turn.Addressee) return Impossible;
        // A paragraph that carries on the quotation before it is more of the same line: its evidence was weighed once
        // (a long told story would otherwise add the narrator's weight once per paragraph).
        if (turn.Continues) return 0;
        double v = 0;
        if (turn.Pronoun != Gender.Unknown)
        {
            if (who == narrator) return Impossible;   // he or she is never the first-person narrator
            var g = genderOf(who);
            if (g != Gender.Unknown && g != turn.Pronoun) return WrongGender;
            // One who goes on is the one who spoke: the pronoun's nearest antecedent says nothing more.
            if (who == turn.Preferred) v += turn.Resumes ? 0 : Antecedent;
            else if (g == turn.Pronoun && speaking.Contains(who) && !speaking.Contains(turn.Preferred)) v += SpeakingInExchange;
            else if (g == Gender.Unknown) v += UnknownGender;
        }
        if (turn.Named.Contains(who)) v += NamedNearby;
        if (turn.SpokenOf.Contains(who)) v += SpeaksOfThemselves;
        if (who == narrator) v += Narrator;
        if (heardBefore is not null && !heardBefore(who) && !speaking.Contains(who)) v += NeverHeard;
        return v;
    }

    private static double Transition(Turn previous, Turn turn, int beforeLast, int last, int who)
    {
        if (turn.Continues) return who == last ? 0 : Impossible;
        double v = 0;
        // After narration whose sentences have the last speaker as subject, that speaker carrying on is no less likely
        // than a change (Ruth went to the window. / "…"); after other narration a change is still likelier.
        if (who == last) v += turn.Resumes ? ResumesOwnSpeech : turn.NarrationWords == 0 ? SameAsPrevious : turn.Subjects.Contains(last) ? SameAfterOwnNarration : SameAfterNarration;
        else if (beforeLast != SpeakerAttribution.Nobody)
        {
            // Into a turn whose speaker is known, the pattern speaks only weakly of the turns before it: a third
            // person joining is no evidence against what came before.
            bool known = turn.Known != SpeakerAttribution.Nobody;
            v += who == beforeLast ? Alternates : (known ? ThirdParty / 2 : ThirdParty);
        }
        if (previous.Addressee == who) v += AnswersWhoAddressedThem;
        if (turn.Addressee != SpeakerAttribution.Nobody && turn.Addressee == last) v += AddressesPreviousSpeaker;
        return v;
    }
}
