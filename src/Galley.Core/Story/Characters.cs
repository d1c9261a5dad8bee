using Galley.Checking;
using Galley.Document;

namespace Galley.Story;

/// <summary>A character while the analysis runs: its name forms and the evidence gathered about it.</summary>
internal sealed class CastMember(int id, string key)
{
    public int Id { get; } = id;
    public string Key { get; } = key;
    public Dictionary<string, int> Forms { get; } = new(StringComparer.Ordinal);
    public List<int> MentionOffsets { get; } = new();
    public int PersonEvidence, PlaceEvidence, Male, Female, Lines, SpokenWords;
    public string? TitledForm;
    public int TitledCount, AloneCount;
    /// <summary>Known by a full name because its first name is shared (John Andrew beside John Beaver).</summary>
    public bool KeyIsFullName;

    public string Name
    {
        get
        {
            if (TitledForm is not null && TitledCount * 2 >= AloneCount) return TitledForm;
            if (AloneCount > 0 || KeyIsFullName) return Key;
            return Forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
        }
    }

    /// <summary>The gender a listed given name has (Emma, Ralph), unknown otherwise.</summary>
    public Gender NameGender;

    /// <summary>A listed given name's gender unless the pronouns after the character's mentions clearly say the
    /// other; otherwise the pronouns' clear majority (a half more votes than the other).</summary>
    public Gender Gender
    {
        get
        {
            if (NameGender == Gender.Male && !(Female >= 5 && Female >= 3 * Male)) return Gender.Male;
            if (NameGender == Gender.Female && !(Male >= 5 && Male >= 3 * Female)) return Gender.Female;
            return Male > 0 && 2 * Male >= 3 * Female ? Gender.Male : Female > 0 && 2 * Female >= 3 * Male ? Gender.Female : Gender.Unknown;
        }
    }

    public CharacterKind Kind => PersonEvidence > 0 && PersonEvidence >= PlaceEvidence ? CharacterKind.Person
        : PlaceEvidence > PersonEvidence ? CharacterKind.Place : CharacterKind.Unknown;

    public bool CanSpeak => Kind != CharacterKind.Place;
}

/// <summary>Finds the story's characters from the names the manuscript teaches: runs of names ("Clark Kent"), names
/// after a title ("Dr. Groll"), possessives and family plurals, merged into one character per first name; and which
/// character each name token refers to.</summary>
internal sealed class Cast
{
    private readonly int[] _characterAt;

    private Cast(List<CastMember> members, int[] characterAt)
    {
        Members = members;
        _characterAt = characterAt;
    }

    public List<CastMember> Members { get; }

    /// <summary>The character a name token refers to, or -1.</summary>
    public int CharacterAt(int token) => _characterAt[token];

    public CastMember? Find(string name) => Members.FirstOrDefault(m => m.Key == name || m.Forms.ContainsKey(name) || m.Name == name);

    /// <summary>Makes <paramref name="from"/> a name of <paramref name="into"/>: its mentions and forms move over, and
    /// it is left with no mentions.</summary>
    public void Merge(int from, int into)
    {
        var source = Members[from];
        var target = Members[into];
        for (int t = 0; t < _characterAt.Length; t++) if (_characterAt[t] == from) _characterAt[t] = into;
        target.MentionOffsets.AddRange(source.MentionOffsets);
        target.MentionOffsets.Sort();
        foreach (var (form, count) in source.Forms) target.Forms[form] = target.Forms.GetValueOrDefault(form) + count;
        target.PersonEvidence += source.PersonEvidence;
        source.MentionOffsets.Clear();
    }

    public CastMember Add(string name)
    {
        var member = new CastMember(Members.Count, name);
        member.Forms[name] = 0;
        Members.Add(member);
        return member;
    }

    public static Cast Find(Manuscript manuscript, Lexicon.Lexicon lexicon, NameBook names, Lexicon.Dialect dialect)
    {
        var tokens = manuscript.Tokens;
        var language = lexicon.Language;
        var characterAt = new int[tokens.Length];
        Array.Fill(characterAt, -1);
        var runs = new List<NameRun>();
        var capitalized = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
            if (token.IsWord && token.Is(TokenFlags.Capitalized))
            {
                string word = NameBook.StripPossessive(manuscript.TextOf(token)).ToString();
                capitalized[word] = capitalized.GetValueOrDefault(word) + 1;
            }
        var midSentence = new Dictionary<string, int>(StringComparer.Ordinal);
        // A word after a title is a surname (Mr. Archer, Miss Vane) even when it is a dictionary word, and so is
        // the same word capitalized elsewhere (Archer looked up; Harriet Vane).
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (int t = 0; t < tokens.Length; t++)
        {
            int after = NameAfterTitle(manuscript, t, names, lexicon);
            if (after > 0) surnames.Add(NameBook.StripPossessive(manuscript.TextOf(tokens[after])).ToString());
        }
        var calendarNames = CalendarGivenNames(manuscript, names, lexicon);
        bool IsName(int t) => IsNameToken(manuscript, tokens, t, names, lexicon, calendarNames)
            || surnames.Count > 0 && tokens[t].IsWord && tokens[t].Is(TokenFlags.Capitalized) && !tokens[t].Is(TokenFlags.AllCaps)
               && surnames.Contains(NameBook.StripPossessive(manuscript.TextOf(tokens[t])).ToString());
        for (int t = 0; t < tokens.Length; t++)
        {
            if (!tokens[t].IsWord || !tokens[t].Is(TokenFlags.Capitalized)) continue;
            string? title = null;
            int start = t;
            int named = NameAfterTitle(manuscript, t, names, lexicon);
            string particles = "";
            if (named > 0)
            {
                bool stop = tokens[t + 1].Kind == TokenKind.Punctuation;
                title = manuscript.StringOf(tokens[t]) + (stop ? "." : "");
                for (int p = stop ? t + 2 : t + 1; p < named; p++)
                    if (tokens[p].IsWord) particles += manuscript.StringOf(tokens[p]) + " ";   // Mr. van der Luyden, Lady St. Cloud
                t = named;
            }
            // A capitalized particle before a name belongs to it (De Griers, Van Tassel).
            if (title is null && t + 1 < tokens.Length && manuscript.StringOf(tokens[t]) is "De" or "Van" or "Von" or "Du" or "Le" or "La" or "Di" or "Da"
                && tokens[t].End + 1 == tokens[t + 1].Start && IsName(t + 1))
            {
                particles = manuscript.StringOf(tokens[t]) + " ";
                t++;
            }
            if (title is null && SaintParticleEnd(manuscript, t) is var saint and > 0 && IsName(saint))
            {
                particles = "St ";
                t = saint;
            }
            if (title is null && !IsName(t)) continue;
            var words = new List<string> { particles + Bare(manuscript, tokens[t], names, capitalized) };
            int end = t + 1;
            while (end < tokens.Length && tokens[end].IsWord && tokens[end - 1].End + 1 == tokens[end].Start
                   && !EndsInPossessive(manuscript, tokens[end - 1]))
            {
                string saintly = "";
                if (SaintParticleEnd(manuscript, end) is var surname and > 0 && IsName(surname))
                {
                    saintly = "St ";   // Reggie St Cloud
                    end = surname;
                }
                else if (!IsName(end)) break;
                words.Add(saintly + Bare(manuscript, tokens[end], names, capitalized));
                end++;
            }
            runs.Add(new NameRun(start, end, title, words));
            if (IsMidSentence(manuscript, start)) midSentence[words[0]] = midSentence.GetValueOrDefault(words[0]) + 1;
            t = end - 1;
        }

        // A name that is also a common word (Will, Hope, Grace; He after a closing quote) needs a capitalized use
        // in the middle of a sentence to count.
        // A word written in lowercase far more often than capitalized mid-sentence is an ordinary word (He, It).
        var lowercase = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
            if (token.IsWord && char.IsLower(manuscript.Text[token.Start]))
            {
                string w = manuscript.StringOf(token);
                lowercase[w] = lowercase.GetValueOrDefault(w) + 1;
            }
        // "Darling Brenda", "Poor Tony": a word the story mostly writes in lowercase is no first name.
        for (int i = 0; i < runs.Count; i++)
        {
            var r = runs[i];
            if (r.Title is not null || r.Words.Count < 2 || calendarNames.Contains(r.Words[0])) continue;
            string lower = r.Words[0].ToLowerInvariant();
            if (lowercase.GetValueOrDefault(lower) >= 2 * Math.Max(1, midSentence.GetValueOrDefault(r.Words[0])) && lexicon.Words.Contains(lower, dialect))
                runs[i] = r with { Start = r.Start + 1, Words = r.Words.GetRange(1, r.Words.Count - 1) };
        }
        // The surname of a full name the story uses often (Jonathan Small) is a name on its own too, even when it is
        // also a common word, once the story capitalizes it mid-sentence (while Small slept).
        var fullNameSurnames = runs.Where(r => r.Title is null && r.Words.Count == 2 && StoryData.GenderOfGivenName(r.Words[0]) != Gender.Unknown)
            .GroupBy(r => r.Words[^1], StringComparer.Ordinal).Where(g => g.Count() >= FullNameUsesForSurname).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        runs.RemoveAll(r =>
        {
            if (r.Title is not null || r.Words.Count != 1) return false;
            if (calendarNames.Contains(r.Words[0])) return !CalendarWordReadsAsName(manuscript, r.Start);
            string lower = r.Words[0].ToLowerInvariant();
            int mid = midSentence.GetValueOrDefault(r.Words[0]);
            if (mid > 0 && fullNameSurnames.Contains(r.Words[0])) return false;
            if (mid == 0 && !surnames.Contains(r.Words[0]) && lexicon.Words.Contains(lower, dialect)) return true;
            return lowercase.GetValueOrDefault(lower) >= 2 * Math.Max(1, mid);
        });

        var members = new List<CastMember>();
        var byKey = new Dictionary<string, CastMember>(StringComparer.Ordinal);
        CastMember MemberFor(string key)
        {
            if (!byKey.TryGetValue(key, out var m)) byKey[key] = m = new CastMember(members.Count, key);
            if (m.Id == members.Count) members.Add(m);
            return m;
        }
        // A first name is one character ("Clark Kent" and "Clark"), unless full names give it several surnames (John
        // Andrew, John Beaver): then each full name is its own, and the bare first name joins one whose surname the
        // story uses on its own less often than in the full name (the narration calls the other Beaver), and of
        // those the one named in full least often (the story adds the surname to tell the other apart: Charles
        // beside Charles Hayter); a full name used once is a passing mention, not the one meant.
        var surnamesOfFirst = runs.Where(r => r.Words.Count > 1).GroupBy(r => r.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(r => r.Words[^1], StringComparer.Ordinal).ToDictionary(h => h.Key, h => h.Count(), StringComparer.Ordinal), StringComparer.Ordinal);
        // "The Musgroves" is the family, not one of them called by surname.
        var bareUses = runs.Where(r => r.Title is null && r.Words.Count == 1 && NameBook.StripPossessive(manuscript.TextOf(tokens[r.Start])).Length == r.Words[0].Length).GroupBy(r => r.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        string FullKey(List<string> words) => surnamesOfFirst[words[0]].Count > 1 ? words[0] + " " + words[^1] : words[0];
        string? SharedFirstNameJoins(string first) =>
            surnamesOfFirst.TryGetValue(first, out var surnames) && surnames.Count > 1
                ? first + " " + surnames.OrderBy(n => n.Value < 2).ThenBy(n => bareUses.GetValueOrDefault(n.Key) >= n.Value).ThenBy(n => n.Value).ThenBy(n => bareUses.GetValueOrDefault(n.Key)).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key
                : null;
        // Surnames used in a full name with exactly one first name join that character ("Kent" → Clark Kent).
        var firstNamesOfSurname = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var r in runs.Where(r => r.Words.Count > 1))
        {
            if (!firstNamesOfSurname.TryGetValue(r.Words[^1], out var set)) firstNamesOfSurname[r.Words[^1]] = set = new();
            set.Add(FullKey(r.Words));
        }
        // A title keeps a family apart: Mr. Weston, Mrs. Weston and Miss Weston are three people. A bare surname
        // joins the one titled form or full name it is used with, and stays on its own when there are several.
        foreach (var r in runs.Where(r => r.Title is not null && r.Words.Count == 1))
        {
            if (!firstNamesOfSurname.TryGetValue(r.Words[0], out var set)) firstNamesOfSurname[r.Words[0]] = set = new();
            set.Add(TitledKey(r));
        }
        // A titled surname that is the only titled form of its surname, and used no more often than the one full
        // name with that surname, is that person (Harriet Vane … Miss Vane); a family's titled members (Mr. and
        // Mrs. Weston) and a much-used titled form (Mr. Knightley beside one John Knightley) stay apart.
        var titled = runs.Where(r => r.Title is not null && r.Words.Count == 1).GroupBy(r => r.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Forms: g.Select(TitledKey).Distinct().Count(), Uses: g.Count()), StringComparer.Ordinal);
        var fullNames = runs.Where(r => r.Words.Count > 1).GroupBy(r => r.Words[^1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Firsts: g.Select(r => r.Words[0]).Distinct(StringComparer.Ordinal).ToList(), Uses: g.Count()), StringComparer.Ordinal);
        // A woman's title never names a man's full name, nor a man's title a woman's (Lady St Clair is not Hugo St Clair).
        string? FullNameOf(NameRun run) =>
            titled.TryGetValue(run.Words[0], out var t) && t.Forms == 1 && fullNames.TryGetValue(run.Words[0], out var f) && f.Firsts.Count == 1 && t.Uses <= f.Uses
            && StoryData.GenderOfGivenName(f.Firsts[0]) is var given
            && !(given == Gender.Male && Words.FemaleTitles.Contains(run.Title!.TrimEnd('.')) || given == Gender.Female && Words.MaleTitles.Contains(run.Title!.TrimEnd('.')))
                ? f.Firsts[0] : null;
        // A bare word that full names use more often first than last is a first name (Newland beside Newland Archer
        // and one "Luyden Newland").
        bool IsSurname(string word) => firstNamesOfSurname.ContainsKey(word)
            && (!surnamesOfFirst.TryGetValue(word, out var asFirst) || asFirst.Values.Sum() < (fullNames.TryGetValue(word, out var asLast) ? asLast.Uses : 0));
        // "Mrs Charles Musgrove" is Charles Musgrove's wife, not Charles: a woman's title before a man's full name.
        string? KeyOf(NameRun run) => run.Words.Count > 1 && IsWifeByHusbandsName(run) ? run.Title!.TrimEnd('.') + " " + string.Join(' ', run.Words)
            : run.Words.Count > 1 ? FullKey(run.Words)
            : run.Title is not null ? FullNameOf(run) ?? TitledKey(run)
            : IsSurname(run.Words[0]) ? null
            : SharedFirstNameJoins(run.Words[0]) ?? run.Words[0];
        var usesOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var run in runs)
            if (KeyOf(run) is { } k) usesOfKey[k] = usesOfKey.GetValueOrDefault(k) + 1;
        foreach (var run in runs)
        {
            string key = KeyOf(run) ?? BareSurnameJoins(firstNamesOfSurname[run.Words[0]], usesOfKey, calendarNames) ?? run.Words[0];
            var member = MemberFor(key);
            string form = (run.Title is null ? "" : run.Title + " ") + string.Join(' ', run.Words);
            member.Forms[form] = member.Forms.GetValueOrDefault(form) + 1;
            if (run.Title is not null)
            {
                if (key == TitledKey(run)) member.TitledForm ??= form;   // not when it joined a full name
                member.TitledCount++;
                member.PersonEvidence += 2;
                if (Words.FemaleTitles.Contains(run.Title.TrimEnd('.'))) member.Female += 2;
                if (Words.MaleTitles.Contains(run.Title.TrimEnd('.'))) member.Male += 2;
            }
            else if (run.Words.Count == 1 && key == run.Words[0]) member.AloneCount++;
            if (key.Contains(' ') && run.Title is null) member.KeyIsFullName = true;
            member.MentionOffsets.Add(tokens[run.Start].Start);
            for (int t = run.Start; t < run.End; t++) characterAt[t] = member.Id;
            GatherKindEvidence(manuscript, run, member, language);
        }
        Descriptions.Find(manuscript, language, members, characterAt, MemberFor);
        members.RemoveAll(m => m.MentionOffsets.Count == 0);
        var cast = Renumber(members, characterAt);
        GatherGender(manuscript, cast);
        return cast;
    }

    /// <summary>The character a bare surname joins: its one full name or titled form; among several, the one that is
    /// not a woman's titled form or given name (narration calls a man by his bare surname: Denham beside Ralph
    /// Denham and Mrs. Denham), and among several of those the one named at least twice as often as any other (Ralph beside a
    /// Mr. Denham); null when that leaves no one.</summary>
    private static string? BareSurnameJoins(HashSet<string> forms, Dictionary<string, int> usesOfKey, HashSet<string> calendarNames)
    {
        if (forms.Count == 1) return forms.First();
        // A month or weekday given name is a woman's (April, May, June).
        var men = forms.Where(form => (form.IndexOf(' ') is var space and > 0 ? form[..space] : form) is var first
                && !(Words.FemaleTitles.Contains(first) || StoryData.GenderOfGivenName(first) == Gender.Female || calendarNames.Contains(first)))
            .OrderByDescending(form => usesOfKey.GetValueOrDefault(form)).ThenBy(form => form, StringComparer.Ordinal).ToList();
        if (men.Count == 1) return men[0];
        return men.Count > 1 && usesOfKey.GetValueOrDefault(men[0]) >= MostUsedSurnameShare * usesOfKey.GetValueOrDefault(men[1]) ? men[0] : null;
    }

    private const int MostUsedSurnameShare = 2;

    /// <summary>How often a full name must be used before its surname alone is a name even when it is also a word.</summary>
    private const int FullNameUsesForSurname = 3;

    private static bool IsWifeByHusbandsName(NameRun run) =>
        run.Title is { } title && title.TrimEnd('.') is "Mrs" or "Lady" && StoryData.GenderOfGivenName(run.Words[0]) == Gender.Male;

    /// <summary>"Mr. Weston" and "Mr Weston" → "Mr Weston": the key of a character known by title and surname.</summary>
    private static string TitledKey(NameRun run) => run.Title!.TrimEnd('.') + " " + run.Words[0];

    private static Cast Renumber(List<CastMember> members, int[] characterAt)
    {
        var renumbered = new List<CastMember>(members.Count);
        var map = new Dictionary<int, int>();
        foreach (var m in members)
        {
            var copy = new CastMember(renumbered.Count, m.Key) { NameGender = StoryData.GenderOfGivenName(m.KeyIsFullName ? m.Key[..m.Key.IndexOf(' ')] : m.Key), PersonEvidence = m.PersonEvidence, PlaceEvidence = m.PlaceEvidence, Male = m.Male, Female = m.Female, TitledForm = m.TitledForm, TitledCount = m.TitledCount, AloneCount = m.AloneCount, KeyIsFullName = m.KeyIsFullName };
            foreach (var (k, v) in m.Forms) copy.Forms[k] = v;
            copy.MentionOffsets.AddRange(m.MentionOffsets);
            map[m.Id] = copy.Id;
            renumbered.Add(copy);
        }
        for (int i = 0; i < characterAt.Length; i++)
            if (characterAt[i] >= 0) characterAt[i] = map.TryGetValue(characterAt[i], out int n) ? n : -1;
        return new Cast(renumbered, characterAt);
    }

    private static bool IsNameToken(Manuscript manuscript, Token[] tokens, int t, NameBook names, Lexicon.Lexicon lexicon, HashSet<string>? calendarNames = null)
    {
        var token = tokens[t];
        if (!token.IsWord || !token.Is(TokenFlags.Capitalized) || token.Is(TokenFlags.AllCaps) && token.Length > 1) return false;
        var text = manuscript.TextOf(token);
        var bare = NameBook.StripPossessive(text).ToString();
        if (calendarNames is not null && calendarNames.Contains(bare)) return true;
        if (Words.MonthsAndDays.Contains(bare) || lexicon.Language.IsTitle(bare)) return false;
        if (text.Length > 1 && text[0] == 'I' && CharClass.IsApostrophe(text[1])) return false;   // I'm, I've
        return names.IsName(text) || names.IsNamePlusS(bare);
    }

    /// <summary>Months and weekdays that open a full name at least <see cref="FullNameUsesForSurname"/> times (May
    /// Welland, June Harrow): given names in this story, which a month otherwise never is.</summary>
    private static HashSet<string> CalendarGivenNames(Manuscript manuscript, NameBook names, Lexicon.Lexicon lexicon)
    {
        var tokens = manuscript.Tokens;
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int t = 0; t + 1 < tokens.Length; t++)
        {
            if (!tokens[t].IsWord || !tokens[t].Is(TokenFlags.Capitalized) || tokens[t].End + 1 != tokens[t + 1].Start) continue;
            string word = manuscript.StringOf(tokens[t]);
            if (!Lexicon.CalendarWords.Contains(word) || !IsNameToken(manuscript, tokens, t + 1, names, lexicon)) continue;
            uses[word] = uses.GetValueOrDefault(word) + 1;
        }
        return uses.Where(u => u.Value >= FullNameUsesForSurname).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A month or weekday that is a given name in this story names the character on its own (said May, May
    /// laughed, "May, dear"), unless it reads as a date ("in May", "May 4") or, opening a sentence, as the modal
    /// ("May I come in?").</summary>
    private static bool CalendarWordReadsAsName(Manuscript manuscript, int t)
    {
        var tokens = manuscript.Tokens;
        if (t + 1 < tokens.Length && char.IsAsciiDigit(manuscript.Text[tokens[t + 1].Start])) return false;
        if (t > 0 && tokens[t - 1].IsWord && NarratorFinder.Lower(manuscript, t - 1) is "in" or "of" or "since" or "until" or "till"
                or "last" or "next" or "early" or "late" or "every" or "during" or "mid" or "this") return false;
        if (IsMidSentence(manuscript, t) || t + 1 >= tokens.Length || !tokens[t + 1].IsWord) return true;
        return NarratorFinder.Lower(manuscript, t + 1) is not ("i" or "we" or "you" or "he" or "she" or "it" or "they" or "not" or "the" or "heaven" or "god");
    }

    /// <summary>The token of the name after a title at <paramref name="t"/> ("Mr. Archer", "Captain Wentworth"), or -1.
    /// Only an abbreviated title takes a full stop (Gen. Hale); "the General. He…" ends a sentence.</summary>
    private static int NameAfterTitle(Manuscript manuscript, int t, NameBook names, Lexicon.Lexicon lexicon)
    {
        var tokens = manuscript.Tokens;
        if (!tokens[t].IsWord || !tokens[t].Is(TokenFlags.Capitalized) || tokens[t].Is(TokenFlags.AllCaps) || !lexicon.Language.IsTitle(manuscript.TextOf(tokens[t]))) return -1;
        int next = t + 1;
        if (next < tokens.Length && tokens[next].Kind == TokenKind.Punctuation && manuscript.Text[tokens[next].Start] == '.')
            next = lexicon.Language.GetAbbreviationKind(manuscript.Text.AsSpan(tokens[t].Start, tokens[next].End - tokens[t].Start)) == Lexicon.AbbreviationKind.Title ? next + 1 : -1;
        // Lowercase particles of a surname (Mr. van der Luyden, Madame de Treymes) belong to the name.
        for (int particles = 0; next > 0 && next + 1 < tokens.Length && particles < 2 && tokens[next].IsWord && tokens[next - 1].End + 1 == tokens[next].Start
                && NarratorFinder.Lower(manuscript, next) is "van" or "der" or "de" or "von" or "du" or "di" or "da" or "del" or "ten" or "ter"
                && char.IsLower(manuscript.Text[tokens[next].Start]); particles++)
            next++;
        if (next > 0 && SaintParticleEnd(manuscript, next) is var saint and > 0) next = saint;   // Lady St Cloud
        return next > 0 && next < tokens.Length && !IsFunctionWord(manuscript, tokens[next])
            && (IsNameToken(manuscript, tokens, next, names, lexicon) || IsSurnameAfterTitle(manuscript, tokens, next, lexicon)) ? next : -1;
    }

    /// <summary>The surname after "St" or "St." at <paramref name="t"/> (St Cloud, St. John), or -1: a particle of the name.</summary>
    private static int SaintParticleEnd(Manuscript manuscript, int t)
    {
        var tokens = manuscript.Tokens;
        if (t + 1 >= tokens.Length || !tokens[t].IsWord || manuscript.StringOf(tokens[t]) != "St") return -1;
        int next = t + 1;
        if (tokens[next].Kind == TokenKind.Punctuation && manuscript.Text[tokens[next].Start] == '.' && tokens[next].Start == tokens[t].End) next++;
        return next < tokens.Length && tokens[next].IsWord && tokens[next - 1].End + 1 == tokens[next].Start && tokens[next].Is(TokenFlags.Capitalized)
            && !tokens[next].Is(TokenFlags.AllCaps) ? next : -1;
    }

    /// <summary>A capitalized word after a title is a name even when it is also a word ("Dr. Bull", "Mr. Archer"),
    /// unless it is a function word, a month or day, or another title.</summary>
    private static bool IsSurnameAfterTitle(Manuscript manuscript, Token[] tokens, int t, Lexicon.Lexicon lexicon)
    {
        var token = tokens[t];
        if (!token.IsWord || !token.Is(TokenFlags.Capitalized) || token.Is(TokenFlags.AllCaps) || token.Length < 2) return false;
        var bare = NameBook.StripPossessive(manuscript.TextOf(token)).ToString();
        return !Words.MonthsAndDays.Contains(bare) && !lexicon.Language.IsTitle(bare);
    }

    /// <summary>A word that is never a surname after a title ("the Captain and …", "the General. He …").</summary>
    private static bool IsFunctionWord(Manuscript manuscript, Token token) =>
        NameBook.StripPossessive(manuscript.TextOf(token)).ToString().ToLowerInvariant() is "the" or "a" or "an" or "and" or "or" or "but" or "of"
            or "in" or "on" or "at" or "to" or "for" or "with" or "by" or "is" or "was" or "he" or "she" or "it" or "i" or "you" or "we" or "they"
            or "his" or "her" or "this" or "that" or "there" or "then" or "if" or "as" or "so" or "no" or "yes" or "not" or "all" or "what" or "who";

    /// <summary>After a word or a comma: not the first word of a sentence, a line of speech or a tag after a quote.</summary>
    private static bool IsMidSentence(Manuscript manuscript, int t)
    {
        if (t == 0) return false;
        var previous = manuscript.Tokens[t - 1];
        return previous.IsWord || previous.Kind == TokenKind.Punctuation && manuscript.Text[previous.Start] is ',' or ';';
    }

    private static bool EndsInPossessive(Manuscript manuscript, Token token) =>
        NameBook.StripPossessive(manuscript.TextOf(token)).Length != token.Length;

    /// <summary>The name without a possessive or a stray plural s ("Clark's", "Clarks" → Clark), when the story writes
    /// it more often without the s (De Griers is not Grier).</summary>
    private static string Bare(Manuscript manuscript, Token token, NameBook names, Dictionary<string, int> capitalized)
    {
        var bare = NameBook.StripPossessive(manuscript.TextOf(token));
        if (!names.IsName(bare) && names.IsNamePlusS(bare)
            && capitalized.GetValueOrDefault(bare[..^1].ToString()) > capitalized.GetValueOrDefault(bare.ToString()))
            bare = bare[..^1];
        return bare.ToString();
    }

    /// <summary>People speak, act and are addressed; places follow "in", "at", "from".</summary>
    private static void GatherKindEvidence(Manuscript manuscript, NameRun run, CastMember member, Lexicon.LanguageData language)
    {
        var tokens = manuscript.Tokens;
        if (run.Start > 0 && tokens[run.Start - 1].IsWord && Words.PlacePrepositions.Contains(manuscript.StringOf(tokens[run.Start - 1]).ToLowerInvariant()))
        {
            member.PlaceEvidence++;
            return;
        }
        int next = run.End;
        if (next < tokens.Length && tokens[next].IsWord && manuscript.SentenceOf(next) == manuscript.SentenceOf(run.End - 1))
        {
            string word = manuscript.StringOf(tokens[next]).ToLowerInvariant();
            var tags = StoryData.VerbTagsOf(word);
            if (language.IsSpeechVerb(word) || tags.MostlyPast || tags.MostlyThirdPersonPresent || word is "was" or "had" or "is" or "has") member.PersonEvidence++;
        }
        if (run.Start > 0 && tokens[run.Start - 1].Kind == TokenKind.Punctuation && manuscript.Text[tokens[run.Start - 1].Start] == ','
            && tokens[run.Start].Is(TokenFlags.InSpeech))
            member.PersonEvidence++;   // addressed: ", Lana."
        if (run.Start > 0 && tokens[run.Start - 1].IsWord && language.IsSpeechVerb(manuscript.TextOf(tokens[run.Start - 1]))) member.PersonEvidence++;
    }

    /// <summary>The pronoun that follows a character's mention in narration (he or she, before any other name) votes for its gender.</summary>
    private static void GatherGender(Manuscript manuscript, Cast cast)
    {
        var tokens = manuscript.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            int id = cast._characterAt[t];
            if (id < 0 || tokens[t].Is(TokenFlags.InSpeech) || (t > 0 && cast._characterAt[t - 1] == id)) continue;
            // Only a mention that can be a subject votes: "for Smallville, … he" says nothing about Smallville.
            if (t > 0 && tokens[t - 1].IsWord && NarratorFinder.Lower(manuscript, t - 1) is not ("and" or "but" or "then" or "when" or "as" or "while" or "so" or "because" or "until" or "before" or "after" or "that")) continue;
            int paragraph = manuscript.SentenceOf(t).Paragraph;
            for (int u = t + 1, seen = 0; u < tokens.Length && seen < 14; u++)
            {
                if (!tokens[u].IsWord) continue;
                if (manuscript.SentenceOf(u).Paragraph != paragraph || tokens[u].Is(TokenFlags.InSpeech)) break;
                if (cast._characterAt[u] >= 0 && cast._characterAt[u] != id) break;
                seen++;
                string w = manuscript.StringOf(tokens[u]).ToLowerInvariant();
                // Subject and possessive forms only: in "Tobias found her", her is someone else.
                if (w is "he" or "his" or "himself") { cast.Members[id].Male++; break; }
                if (w is "she" or "herself") { cast.Members[id].Female++; break; }
            }
        }
    }

    private sealed record NameRun(int Start, int End, string? Title, List<string> Words);
}
