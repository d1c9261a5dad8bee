using Galley.Document;
using Galley.Lexicon;

namespace Galley.Story;

/// <summary>Decides who speaks each line of dialogue. In order of trust: the line's own tag ("Clark replied", "I said",
/// "said she" — a pronoun resolved to the most recent fitting character), the line's own action beat (a narration
/// sentence right before or after it whose subject is a character), the tag or beat of another line in the same
/// paragraph (one speaker per paragraph), a quotation carried over from the previous paragraph, and finally
/// alternation in an untagged exchange. A vocative ("Don't go, Lana.") names the listener, never the speaker.</summary>
internal sealed class SpeakerAttribution
{
    /// <summary>Speaker id for the first-person narrator before the narrator's name is known.</summary>
    public const int NarratorId = -2;
    public const int Nobody = -1;

    private readonly Manuscript _manuscript;
    private readonly Cast _cast;
    private readonly LanguageData _language;
    private readonly Person[] _personOfParagraph;
    private readonly int[] _sceneOfParagraph;
    private readonly int[] _lastMention;
    private readonly List<(int Token, int Id)> _narrationMentions = new();
    /// <summary>Characters that open a sentence's narration as its subject, in text order (tokens ascending).</summary>
    private readonly List<int> _subjectTokens = new();
    private readonly List<int> _subjectIds = new();
    private readonly int[] _sceneFirstToken;
    private int _mentionCursor, _sceneStart;
    /// <summary>The open exchange's people present came only from before its scene.</summary>
    private bool _recentFromEarlierScene;
    /// <summary>Per character, the lines so far whose own tag or beat named it as the speaker.</summary>
    private readonly int[] _heard;

    /// <summary><paramref name="Pronoun"/>: the gender of the he/she (his/her) the speaker was resolved from, when it was.</summary>
    public sealed record Line(Quotation Quote, int Speaker, int Addressee, Attribution How, Gender Pronoun = Gender.Unknown);

    private SpeakerAttribution(Manuscript manuscript, Cast cast, LanguageData language, List<NarratorFinder.SceneInfo> scenes)
    {
        _manuscript = manuscript;
        _cast = cast;
        _language = language;
        _personOfParagraph = new Person[manuscript.Paragraphs.Count];
        _sceneOfParagraph = new int[manuscript.Paragraphs.Count];
        foreach (var scene in scenes)
            for (int p = scene.FirstParagraph; p < scene.EndParagraph; p++) { _personOfParagraph[p] = scene.Person; _sceneOfParagraph[p] = scene.Index; }
        _lastMention = new int[cast.Members.Count];
        _heard = new int[cast.Members.Count];
        Array.Fill(_lastMention, -1);
        _sceneFirstToken = scenes.Select(sc => manuscript.Paragraphs[sc.FirstParagraph].FirstToken).ToArray();
        var tokens = manuscript.Tokens;
        for (int t = 0; t < tokens.Length; t++)
            if (cast.CharacterAt(t) >= 0 && !NarratorFinder.IsQuoted(tokens[t]) && (t == 0 || cast.CharacterAt(t - 1) != cast.CharacterAt(t)))
                _narrationMentions.Add((t, cast.CharacterAt(t)));
        foreach (var sentence in manuscript.Sentences)
        {
            int subject = SubjectOf(manuscript, cast, sentence);
            if (subject >= 0 && !JoinedSubject(subject)) { _subjectTokens.Add(subject); _subjectIds.Add(cast.CharacterAt(subject)); }
        }
    }

    /// <summary>The name at <paramref name="t"/> is one of two subjects (Holmes and Jones sat…, Ada and I went…): they,
    /// not a he or she the next tag can continue.</summary>
    private bool JoinedSubject(int t)
    {
        var tokens = _manuscript.Tokens;
        int id = _cast.CharacterAt(t), next = t + 1;
        while (next < tokens.Length && _cast.CharacterAt(next) == id) next++;
        while (next < tokens.Length && !tokens[next].IsWord && tokens[next].Kind != TokenKind.Quote && _manuscript.Text[tokens[next].Start] is not ('.' or '!' or '?' or ';' or ',')) next++;
        if (next + 1 >= tokens.Length || NarratorFinder.Lower(_manuscript, next) != "and" || NarratorFinder.IsQuoted(tokens[next])) return false;
        int other = next + 1;
        if (!tokens[other].IsWord) return false;
        return _cast.CharacterAt(other) is var c and >= 0 && c != id || NarratorFinder.Lower(_manuscript, other) is "i" or "his" or "her" or "my" or "the";
    }

    /// <summary>The token of the character a sentence's narration opens with ("Mrs. Blewett looked…", "…," Anne said),
    /// after at most one connective (Then Anne…), or -1.</summary>
    internal static int SubjectOf(Manuscript manuscript, Cast cast, Sentence sentence)
    {
        var tokens = manuscript.Tokens;
        bool skipped = false;
        for (int t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
        {
            if (!tokens[t].IsWord || NarratorFinder.IsQuoted(tokens[t])) continue;
            int id = cast.CharacterAt(t);
            if (id >= 0) return cast.Members[id].CanSpeak ? t : -1;
            if (!skipped && NarratorFinder.Lower(manuscript, t) is "then" or "but" or "and" or "so" or "now" or "presently" or "here" or "still")
            { skipped = true; continue; }
            return -1;
        }
        return -1;
    }

    /// <summary>Attributes every line of speech; <paramref name="narrator"/> is the narrator's character id when known.</summary>
    public static List<Line> Attribute(Manuscript manuscript, Cast cast, LanguageData language, List<NarratorFinder.SceneInfo> scenes, int narrator)
    {
        var attribution = new SpeakerAttribution(manuscript, cast, language, scenes);
        return attribution.Run(narrator);
    }

    private List<Line> Run(int narrator)
    {
        var result = new List<Line>();
        var speech = _manuscript.Quotations.Where(q => q.IsSpeech).ToList();
        var exchange = new List<(Turn Turn, int First, int Count)>();
        var recent = new List<int>();
        int scene = -1;
        Line? previousLineOfLastParagraph = null;
        for (int i = 0; i < speech.Count;)
        {
            int paragraph = speech[i].Paragraph;
            int j = i;
            while (j < speech.Count && speech[j].Paragraph == paragraph) j++;
            bool newScene = _sceneOfParagraph[paragraph] != scene;
            if (newScene || previousLineOfLastParagraph is not null && LongNarrationBetween(previousLineOfLastParagraph.Quote.Paragraph, paragraph))
            {
                // The talk moved on (a new scene, or a long narration paragraph: time or place has changed).
                CloseExchange(exchange, recent, result, narrator);
                previousLineOfLastParagraph = null;
                if (newScene) { scene = _sceneOfParagraph[paragraph]; _sceneStart = _sceneFirstToken[scene]; }
            }
            AdvanceMentions(speech[i].OpenToken);
            if (exchange.Count == 0) recent = RecentCharacters(speech[i], narrator);
            var lines = speech.GetRange(i, j - i);
            var decided = DecideParagraph(lines, narrator, previousLineOfLastParagraph);
            var turn = TurnOf(decided, previousLineOfLastParagraph);
            exchange.Add((turn, result.Count, decided.Count));
            foreach (var line in decided)
            {
                if (line.How is Attribution.Tag or Attribution.Beat && line.Speaker >= 0) _heard[line.Speaker]++;
                result.Add(line);
                if (line.Speaker >= 0) _lastMention[line.Speaker] = line.Quote.OpenToken;
            }
            previousLineOfLastParagraph = decided[^1];
            i = j;
        }
        CloseExchange(exchange, recent, result, narrator);
        return result;
    }

    /// <summary>A quotation left open at its paragraph's end runs on into the next, unless it breaks off with a dash
    /// (an interruption: the next paragraph is someone else's).</summary>
    private bool Continues(Quotation quote)
    {
        if (quote is not { IsClosed: false, ContinuesInNextParagraph: true }) return false;
        var paragraph = _manuscript.Paragraphs[quote.Paragraph];
        int last = paragraph.FirstToken + paragraph.TokenCount - 1;
        return !(last > quote.OpenToken && (_manuscript.Tokens[last].Kind == TokenKind.Dash || _manuscript.Text[_manuscript.Tokens[last].End - 1] is '-' or '\u2014'));
    }

    /// <summary>The paragraph as a turn of its exchange: its own speaker when its lines' evidence agrees on one.</summary>
    private Turn TurnOf(List<Line> decided, Line? previous)
    {
        var turn = new Turn();
        var known = decided.Where(l => l.Speaker != Nobody).GroupBy(l => l.Speaker).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (known is not null && known.All(l => l.Pronoun != Gender.Unknown))
        {
            // Found only through he or she: the exchange decides among the people of that gender, the pronoun's
            // nearest antecedent first.
            turn.Preferred = known.Key;
            turn.Pronoun = known.First().Pronoun;
            turn.Resumes = Resumes(decided[0].Quote);   // later in the paragraph, going on is within the turn
        }
        else if (known is not null) turn.Known = known.Key;
        foreach (var line in decided) if (line.Addressee != Nobody) { turn.Addressee = line.Addressee; break; }
        turn.Continues = known is null && previous is not null && Continues(previous.Quote);
        int paragraph = decided[0].Quote.Paragraph;
        int from = previous is null ? paragraph : previous.Quote.Paragraph + 1;
        var tokens = _manuscript.Tokens;
        int first = _manuscript.Paragraphs[from].FirstToken;
        int end = _manuscript.Paragraphs[paragraph].FirstToken + _manuscript.Paragraphs[paragraph].TokenCount;
        for (int t = first; t < end; t++)
        {
            if (tokens[t].IsWord && NarratorFinder.IsQuoted(tokens[t]) && t >= _manuscript.Paragraphs[paragraph].FirstToken
                && _cast.CharacterAt(t) is var spoken and >= 0 && !turn.SpokenOf.Contains(spoken))
                turn.SpokenOf.Add(spoken);
            if (!tokens[t].IsWord || NarratorFinder.IsQuoted(tokens[t])) continue;
            turn.NarrationWords++;
            int id = _cast.CharacterAt(t);
            if (id >= 0 && _cast.Members[id].CanSpeak && !turn.Named.Contains(id)) turn.Named.Add(id);
            if (id >= 0 && _cast.Members[id].CanSpeak && !turn.Subjects.Contains(id) && _subjectTokens.BinarySearch(t) >= 0) turn.Subjects.Add(id);
        }
        return turn;
    }

    /// <summary>The tag or beat beside the line has its speaker take up their own speech again ("…," she went on; she added;
    /// she continued: "…"): up to four words after the line, or the last four before it, within its sentence.</summary>
    private bool Resumes(Quotation line)
    {
        var tokens = _manuscript.Tokens;
        var paragraph = _manuscript.Paragraphs[line.Paragraph];
        int end = paragraph.FirstToken + paragraph.TokenCount;
        bool IsStop(int t) => tokens[t].Kind == TokenKind.Quote || tokens[t].Kind == TokenKind.Punctuation && _manuscript.Text[tokens[t].Start] is '.' or '!' or '?' or ';';
        bool Resuming(List<int> words)
        {
            for (int i = 0; i < words.Count; i++)
            {
                string w = NarratorFinder.Lower(_manuscript, words[i]);
                if (w is "continued" or "resumed" or "proceeded" or "persisted" or "pursued" or "added") return true;
                if (w is "went" or "goes" && i + 1 < words.Count && NarratorFinder.Lower(_manuscript, words[i + 1]) == "on") return true;
            }
            return false;
        }
        var after = new List<int>();
        if (line.IsClosed)
            for (int t = line.CloseToken + 1; t < end && after.Count < 4 && !IsStop(t); t++) if (tokens[t].IsWord) after.Add(t);
        if (Resuming(after)) return true;
        var before = new List<int>();
        for (int t = line.OpenToken - 1; t >= paragraph.FirstToken && before.Count < 4 && !IsStop(t); t--) if (tokens[t].IsWord) before.Insert(0, t);
        return Resuming(before);
    }

    /// <summary>Decodes the exchange's open turns and writes their speakers into the lines still without one.</summary>
    private void CloseExchange(List<(Turn Turn, int First, int Count)> exchange, List<int> recent, List<Line> result, int narrator)
    {
        if (exchange.Count == 0) return;
        bool firstPerson = _personOfParagraph[result[exchange[0].First].Quote.Paragraph] == Person.First;
        int self = firstPerson ? (narrator >= 0 ? narrator : NarratorId) : Nobody;
        TurnTaking.Decode(exchange.Select(e => e.Turn).ToList(), recent, self, c => c >= 0 ? _cast.Members[c].Gender : Gender.Unknown,
            c => c < 0 || _heard[c] > 0);
        // Nothing in the exchange itself speaks for its people: its turn-taking is only a guess.
        bool guessed = _recentFromEarlierScene && exchange.All(e => e.Turn.Known == Nobody && e.Turn.Preferred == Nobody && e.Turn.Named.Count == 0);
        foreach (var (turn, first, count) in exchange)
            for (int k = first; k < first + count; k++)
            {
                var line = result[k];
                if (turn.Pronoun != Gender.Unknown && line.Speaker == turn.Preferred && turn.Speaker != Nobody && turn.Speaker != line.Addressee)
                {
                    result[k] = line with { Speaker = turn.Speaker };
                    continue;
                }
                if (line.Speaker != Nobody || turn.Speaker == Nobody || turn.Speaker == line.Addressee) continue;
                var how = turn.Known != Nobody || turn.Preferred != Nobody ? Attribution.SameParagraph : turn.Continues ? Attribution.Continuation : guessed ? Attribution.Guess : Attribution.Alternation;
                result[k] = line with { Speaker = turn.Speaker, How = how };
                if (turn.Speaker >= 0) _lastMention[turn.Speaker] = Math.Max(_lastMention[turn.Speaker], line.Quote.OpenToken);
            }
        exchange.Clear();
    }

    /// <summary>The characters named or heard most recently before <paramref name="line"/> within this scene, most recent first.</summary>
    private List<int> RecentCharacters(Quotation line, int narrator)
    {
        int since = Math.Max(_sceneStart, line.OpenToken - RecentTokens);
        var list = new List<int>();
        for (int n = 0; n < 3; n++)
        {
            int c = MostRecent(line.OpenToken, c => c != narrator && !list.Contains(c) && _lastMention[c] >= since, Gender.Unknown);
            if (c == Nobody) break;
            list.Add(c);
        }
        // A scene that opens on talk naming no one in its narration: the people of the scene before are the best guess
        // (the same room after a break), or else its lines would have no speaker at all.
        _recentFromEarlierScene = list.Count == 0;
        if (_recentFromEarlierScene)
            for (int n = 0; n < 2; n++)
            {
                int c = MostRecent(line.OpenToken, c => c != narrator && !list.Contains(c) && _lastMention[c] >= line.OpenToken - RecentTokens, Gender.Unknown);
                if (c == Nobody) break;
                list.Add(c);
            }
        return list;
    }

    /// <summary>A paragraph of narration long enough (<see cref="ConversationBreakWords"/> words) to end an exchange.</summary>
    private bool LongNarrationBetween(int from, int to)
    {
        for (int p = from + 1; p < to; p++)
        {
            var paragraph = _manuscript.Paragraphs[p];
            int words = 0;
            for (int t = paragraph.FirstToken; t < paragraph.FirstToken + paragraph.TokenCount; t++) if (_manuscript.Tokens[t].IsWord) words++;
            if (words >= ConversationBreakWords) return true;
        }
        return false;
    }

    private const int ConversationBreakWords = 30;

    /// <summary>How far back (in tokens) a character must have been mentioned or have spoken to be a party to a new exchange.</summary>
    private const int RecentTokens = 500;

    private List<Line> DecideParagraph(List<Quotation> lines, int narrator, Line? previous)
    {
        int n = lines.Count;
        var speaker = new int[n];
        var how = new Attribution[n];
        var addressee = new int[n];
        var beat = new int[n];
        var pronoun = new Gender[n];
        var beatPronoun = new Gender[n];
        for (int k = 0; k < n; k++)
        {
            addressee[k] = Vocative(lines[k]);
            var tag = TagOf(lines[k], k == 0 ? -1 : lines[k - 1].CloseToken, narrator, addressee[k]);
            speaker[k] = tag.Speaker;
            pronoun[k] = tag.Pronoun;
            how[k] = tag.Found ? Attribution.Tag : Attribution.Unknown;
            if (!tag.Found) (beat[k], beatPronoun[k]) = BeatOf(lines[k], k == 0 ? -1 : lines[k - 1].CloseToken, k + 1 < n ? lines[k + 1].OpenToken : -1, narrator, addressee[k]);
            else beat[k] = Nobody;
        }
        Gender PronounOf(int value, int[] from, Gender[] genders)
        {
            for (int m = 0; m < n; m++) if (from[m] == value && genders[m] != Gender.Unknown) return genders[m];
            return Gender.Unknown;
        }
        bool anyTag = how.Any(h => h == Attribution.Tag && true);
        for (int k = 0; k < n; k++)
        {
            if (how[k] == Attribution.Tag) continue;
            int fill = anyTag ? Nearest(k, n, m => how[m] == Attribution.Tag && speaker[m] != Nobody, speaker) : Nobody;
            if (fill != Nobody && fill != addressee[k]) { speaker[k] = fill; pronoun[k] = PronounOf(fill, speaker, pronoun); how[k] = Attribution.SameParagraph; continue; }
            if (beat[k] != Nobody) { speaker[k] = beat[k]; pronoun[k] = beatPronoun[k]; how[k] = Attribution.Beat; continue; }
            int nearBeat = Nearest(k, n, m => beat[m] != Nobody, beat);
            if (nearBeat != Nobody && nearBeat != addressee[k]) { speaker[k] = nearBeat; pronoun[k] = PronounOf(nearBeat, beat, beatPronoun); how[k] = Attribution.Beat; continue; }
            if (k > 0 && speaker[k - 1] != Nobody && speaker[k - 1] != addressee[k]) { speaker[k] = speaker[k - 1]; pronoun[k] = pronoun[k - 1]; how[k] = Attribution.SameParagraph; continue; }
            if (k == 0 && previous is not null && Continues(previous.Quote) && previous.Speaker != Nobody)
            { speaker[k] = previous.Speaker; how[k] = Attribution.Continuation; continue; }
            (speaker[k], how[k]) = (Nobody, Attribution.Unknown);   // left to turn-taking
        }
        // Failing a vocative, the narration may say whom the line is spoken to (she said to Mr. Ames).
        for (int k = 0; k < n; k++)
            if (addressee[k] == Nobody && speaker[k] != Nobody && how[k] is Attribution.Tag or Attribution.SameParagraph or Attribution.Beat)
                addressee[k] = SpokenTo(lines[k], k == 0 ? -1 : lines[k - 1].CloseToken, speaker[k]);
        var decided = new List<Line>(n);
        for (int k = 0; k < n; k++) decided.Add(new Line(lines[k], speaker[k], addressee[k], speaker[k] == Nobody ? Attribution.Unknown : how[k], speaker[k] == Nobody ? Gender.Unknown : pronoun[k]));
        return decided;
    }

    /// <summary>Whom the narration around a line has its speaker speak to: a speech verb or a turn, then "to" and a
    /// name (`"…," she said to Mr. Ames`, `said Ruth to Ada`, `Turning to Ada, she said, "…"`), or -1.</summary>
    private int SpokenTo(Quotation line, int previousClose, int speaker)
    {
        var tokens = _manuscript.Tokens;
        var paragraph = _manuscript.Paragraphs[line.Paragraph];
        int end = paragraph.FirstToken + paragraph.TokenCount;
        var sentenceBefore = _manuscript.SentenceOf(Math.Max(paragraph.FirstToken, line.OpenToken - 1));
        int first = Math.Max(Math.Max(paragraph.FirstToken, previousClose + 1), line.OpenToken > paragraph.FirstToken ? sentenceBefore.FirstToken : line.OpenToken);
        int found = Nobody;
        void Scan(int from, int to)
        {
            int sinceVerb = int.MaxValue;
            for (int t = from; t < to && found == Nobody; t++)
            {
                if (tokens[t].Kind == TokenKind.Quote) break;
                if (tokens[t].Kind == TokenKind.Punctuation && _manuscript.Text[tokens[t].Start] is '.' or '!' or '?' or ';') break;
                if (!tokens[t].IsWord) continue;
                string w = NarratorFinder.Lower(_manuscript, t);
                if (_language.IsSpeechVerb(_manuscript.TextOf(tokens[t])) || w is "turning" or "turned" or "turns") { sinceVerb = 0; continue; }
                if (sinceVerb < int.MaxValue) sinceVerb++;
                if (w == "to" && sinceVerb <= 3 && t + 1 < to)
                {
                    int next = t + 1;
                    if (next + 1 < to && NarratorFinder.Lower(_manuscript, next) is "the") next++;
                    int id = _cast.CharacterAt(next);
                    if (id >= 0 && id != speaker && _cast.Members[id].CanSpeak) found = id;
                }
            }
        }
        if (line.IsClosed) Scan(line.CloseToken + 1, end);
        if (found == Nobody && first < line.OpenToken) Scan(first, line.OpenToken);
        return found;
    }

    private static int Nearest(int k, int n, Func<int, bool> has, int[] values)
    {
        for (int d = 1; d < n; d++)
        {
            if (k - d >= 0 && has(k - d)) return values[k - d];
            if (k + d < n && has(k + d)) return values[k + d];
        }
        return Nobody;
    }

    private readonly record struct TagResult(bool Found, int Speaker, Gender Pronoun = Gender.Unknown);

    /// <summary>A speech tag right after the line ("Clark replied", "I finally said", "said Clark") or right before it
    /// ("Clark turned to her and said, …").</summary>
    private TagResult TagOf(Quotation line, int previousClose, int narrator, int addressee)
    {
        var tokens = _manuscript.Tokens;
        var paragraph = _manuscript.Paragraphs[line.Paragraph];
        int end = paragraph.FirstToken + paragraph.TokenCount;
        if (line.IsClosed)
        {
            var words = new List<int>();
            bool leadsOn = false;   // "…," Milly said. Babs said, "…": the words run on into the next line
            for (int t = line.CloseToken + 1; t < end && words.Count < 6; t++)
            {
                if (tokens[t].Kind == TokenKind.Quote) { leadsOn = words.Count > 0 && tokens[t - 1].Kind == TokenKind.Punctuation && _manuscript.Text[tokens[t - 1].Start] is ',' or ':'; break; }
                if (tokens[t].IsWord) words.Add(t);
                else if (tokens[t].Kind == TokenKind.Punctuation && _manuscript.Text[tokens[t].Start] is '.' or '!' or '?' or ';' && words.Count > 0) break;
            }
            var found = MatchTag(words, narrator, addressee, line.OpenToken);
            if (found.Found && leadsOn && TagBefore(line.OpenToken - 1, Math.Max(paragraph.FirstToken, previousClose + 1), narrator, addressee, line.OpenToken) is { Found: true } introduced)
                return introduced;
            if (found.Found) return found;
        }
        int stop = Math.Max(paragraph.FirstToken, previousClose + 1);
        var tag = TagBefore(line.OpenToken - 1, stop, narrator, addressee, line.OpenToken);
        if (tag.Found || line.OpenToken > paragraph.FirstToken || line.Paragraph == 0) return tag;
        // A line that opens its paragraph, introduced by the narration paragraph before it ("Then she said:").
        var introduction = _manuscript.Paragraphs[line.Paragraph - 1];
        int introductionEnd = introduction.FirstToken + introduction.TokenCount - 1;
        if (introduction.TokenCount == 0) return default;
        // It must run on into the line: end in a comma, colon or dash, or in a word (said in a low voice).
        bool runsOn = tokens[introductionEnd].IsWord;
        if (!runsOn && tokens[introductionEnd].Kind is not (TokenKind.Punctuation or TokenKind.Dash)) return default;
        int from = introduction.FirstToken;
        for (int t = introductionEnd; t >= introduction.FirstToken; t--)
            if (tokens[t].Kind == TokenKind.Quote) { from = t + 1; break; }
        return TagBefore(introductionEnd, from, narrator, addressee, line.OpenToken, runsOn);
    }

    /// <summary>A tag ending at <paramref name="last"/> and starting no earlier than <paramref name="stop"/>: a speech
    /// verb, then a colon, comma or dash, or nothing ("Clark turned to her and said, …").</summary>
    private TagResult TagBefore(int last, int stop, int narrator, int addressee, int at, bool runsOn = false)
    {
        var tokens = _manuscript.Tokens;
        var before = new List<int>();
        int end = last;
        while (last >= stop && tokens[last].Kind is TokenKind.Punctuation or TokenKind.Dash && _manuscript.Text[tokens[last].Start] is ',' or ':' or '\u2014' or '-') last--;
        if (last < end || runsOn || last >= stop && tokens[last].IsWord && _language.IsSpeechVerb(_manuscript.TextOf(tokens[last])))
        {
            for (int t = last; t >= stop && before.Count < TagWords; t--)
            {
                if (tokens[t].Kind == TokenKind.Quote || tokens[t].Kind == TokenKind.Punctuation && _manuscript.Text[tokens[t].Start] is '.' or '!' or '?' or ';') break;
                if (tokens[t].IsWord) before.Insert(0, t);
            }
            int verb = before.FindLastIndex(t => _language.IsSpeechVerb(_manuscript.TextOf(tokens[t])));
            if (verb >= 0 && verb >= before.Count - TagVerbFromEnd)
            {
                // "Diana, going to the gable where Anne stood, said": the name set off before an aside is the subject.
                if (verb >= 3 && IsComma(before[verb] - 1) && _cast.CharacterAt(before[0]) is var opener and >= 0 && _cast.Members[opener].CanSpeak
                    && (before[0] == stop || !tokens[before[0] - 1].IsWord) && NextAfterName(before, 0) is var afterName and > 0 && afterName < verb && IsComma(before[afterName] - 1))
                    return new TagResult(true, opener);
                // The subject before the verb, passing over an object (Rodney went up to Katharine and said, …).
                TagResult? passed = null;
                for (int w = verb - 1; w >= 0; w--)
                {
                    int who = Reference(before[w], narrator, addressee, at, out bool isReference, out var pronoun);
                    if (!isReference) continue;
                    int start = w;
                    while (start > 0 && who >= 0 && _cast.CharacterAt(before[start - 1]) == _cast.CharacterAt(before[w])) start--;
                    bool relative = w + 1 < verb && NarratorFinder.Lower(_manuscript, before[w + 1]) == "who";   // with Dan, who said
                    if (start > 0 && !relative && Words.ObjectPrepositions.Contains(NarratorFinder.Lower(_manuscript, before[start - 1])))
                    {
                        passed ??= new TagResult(true, who, pronoun);
                        w = start;
                        continue;
                    }
                    // "Mrs. Smith, sighing as she unlocked it, said": the he or she of an aside is the named subject.
                    if (pronoun != Gender.Unknown && NamedBefore(before, w, pronoun) is var named and >= 0) return new TagResult(true, named);
                    return new TagResult(true, who, pronoun);
                }
                if (passed is not null) return passed.Value;
                if (verb + 1 < before.Count)
                {
                    int who = Reference(before[verb + 1], narrator, addressee, at, out bool isReference, out var pronoun);
                    if (isReference) return new TagResult(true, who, pronoun);
                }
            }
        }
        return default;
    }

    private bool IsComma(int token) => _manuscript.Tokens[token].Kind == TokenKind.Punctuation && _manuscript.Text[_manuscript.Tokens[token].Start] == ',';

    /// <summary>The index in <paramref name="words"/> of the first word after the name starting at <paramref name="w"/>.</summary>
    private int NextAfterName(List<int> words, int w)
    {
        int id = _cast.CharacterAt(words[w]);
        int next = w + 1;
        while (next < words.Count && _cast.CharacterAt(words[next]) == id) next++;
        return next;
    }

    /// <summary>A speaking character of <paramref name="gender"/> named among <paramref name="words"/> before index
    /// <paramref name="end"/>, not as the object of a preposition; the nearest, or -1.</summary>
    private int NamedBefore(List<int> words, int end, Gender gender)
    {
        for (int w = end - 1; w >= 0; w--)
        {
            int id = _cast.CharacterAt(words[w]);
            if (id < 0 || !_cast.Members[id].CanSpeak || _cast.Members[id].Gender != gender) continue;
            int start = w;
            while (start > 0 && _cast.CharacterAt(words[start - 1]) == id) start--;
            if (start > 0 && Words.ObjectPrepositions.Contains(NarratorFinder.Lower(_manuscript, words[start - 1]))) { w = start; continue; }
            return id;
        }
        return -1;
    }

    /// <summary>A tag before its line: how many words it may run to, and how near its end the speech verb must be
    /// (Mr. Weston, after a pause to take in the news, said gravely: …).</summary>
    private const int TagWords = 16, TagVerbFromEnd = 6;

    /// <summary>Verbs that are no speech verbs elsewhere but make a tag when inverted before a name right after a line
    /// ("…," began Helen; "…," nodded Evie).</summary>
    private static readonly HashSet<string> InvertedTagVerbs = new(StringComparer.Ordinal)
        { "began", "resumed", "nodded", "flashed", "put", "broke", "smiled", "laughed", "sighed", "went", "came", "burst" };

    /// <summary>"R [adverbs] V …" or "V R": a reference to a speaker beside a speech verb.</summary>
    private TagResult MatchTag(List<int> words, int narrator, int addressee, int at)
    {
        if (words.Count < 2) return default;
        var tokens = _manuscript.Tokens;
        bool IsVerb(int i) => i < words.Count && _language.IsSpeechVerb(_manuscript.TextOf(tokens[words[i]]));
        if (IsVerb(0) || InvertedTagVerbs.Contains(NarratorFinder.Lower(_manuscript, words[0])) && words.Count > 1)
        {
            // "called out Syme", "put in Mr. Wilcox": a particle between the verb and the speaker.
            int r = words.Count > 2 && NarratorFinder.Lower(_manuscript, words[1]) is "out" or "in" or "up" or "back" ? 2 : 1;
            int who = Reference(words[r], narrator, addressee, at, out bool isReference, out var pronoun);
            if (isReference && (IsVerb(0) || _cast.CharacterAt(words[r]) >= 0)) return new TagResult(true, who, pronoun);
            // "stammered unhappy Tobias": one adjective before the name.
            if (!isReference && r + 1 < words.Count && char.IsLower(_manuscript.Text[tokens[words[r]].Start]) && _cast.CharacterAt(words[r + 1]) is var named and >= 0
                && _cast.Members[named].CanSpeak && !Words.ObjectPrepositions.Contains(NarratorFinder.Lower(_manuscript, words[r])))
                return new TagResult(true, named);
            bool described = words.Count > 2 && NarratorFinder.Lower(_manuscript, words[1]) is "the" or "a" or "an";
            if (!IsVerb(0))   // came the reply: no one; nodded the doctor: the doctor
                return described && DescribedIn(words, 1, Math.Min(words.Count, 5)) is var someone and >= 0 ? new TagResult(true, someone) : default;
            if (described)
                return new TagResult(true, DescribedIn(words, 1, Math.Min(words.Count, 5)));   // said the doctor, said the gallant Mr. Elton
            return default;
        }
        int start = 0;
        if (NarratorFinder.Lower(_manuscript, words[0]) is "the" or "a" or "an")
        {
            for (int i = 1; i < Math.Min(words.Count, 5); i++) if (IsVerb(i)) return new TagResult(true, DescribedIn(words, 0, i));
            return default;
        }
        int speaker = Reference(words[start], narrator, addressee, at, out bool reference, out var speakerPronoun);
        if (!reference) return default;
        int next = start + 1;
        while (next < words.Count && _cast.CharacterAt(words[next]) >= 0 && _cast.CharacterAt(words[next]) == _cast.CharacterAt(words[start])) next++;
        for (int i = next; i < Math.Min(words.Count, next + 3); i++)
        {
            if (IsVerb(i)) return new TagResult(true, speaker, speakerPronoun);
            if (!Words.MidAdverbs.Contains(NarratorFinder.Lower(_manuscript, words[i])) && !NarratorFinder.Lower(_manuscript, words[i]).EndsWith("ly", StringComparison.Ordinal)) break;
        }
        return default;
    }

    /// <summary>The speaking character a description among <paramref name="words"/>[from..end) refers to (a description
    /// the cast knows, or a name inside it), or nobody.</summary>
    private int DescribedIn(List<int> words, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            int id = _cast.CharacterAt(words[i]);
            if (id >= 0) return _cast.Members[id].CanSpeak ? id : Nobody;
        }
        return Nobody;
    }

    /// <summary>An action beat: the narration sentence right after the line (or, for the paragraph's first line, right
    /// before it) starts with a character, a pronoun or a possessive ("Clark licked his lips", "My heart sank").</summary>
    private (int Speaker, Gender Pronoun) BeatOf(Quotation line, int previousClose, int nextOpen, int narrator, int addressee)
    {
        var tokens = _manuscript.Tokens;
        var paragraph = _manuscript.Paragraphs[line.Paragraph];
        int end = nextOpen >= 0 ? nextOpen : paragraph.FirstToken + paragraph.TokenCount;
        // The sentence before the line leads into it (Anne set down her cup. "…"); the one after may be the
        // listener's reaction, so it counts only when nothing before the line names anyone.
        int start = Math.Max(paragraph.FirstToken, previousClose + 1);
        if (line.OpenToken - 1 >= start)
        {
            var sentence = _manuscript.SentenceOf(line.OpenToken - 1);
            for (int t = Math.Max(sentence.FirstToken, start); t < line.OpenToken; t++)
            {
                if (!tokens[t].IsWord) continue;
                int who = Reference(t, narrator, addressee, line.OpenToken, out bool isReference, out var pronoun, possessive: true);
                if (isReference) return (who, pronoun);
                break;
            }
        }
        if (line.IsClosed)
            for (int t = line.CloseToken + 1; t < end; t++)
            {
                if (!tokens[t].IsWord) continue;
                int who = Reference(t, narrator, addressee, line.OpenToken, out bool isReference, out var pronoun, possessive: true);
                return isReference ? (who, pronoun) : (Nobody, Gender.Unknown);
            }
        return (Nobody, Gender.Unknown);
    }

    /// <summary>Who a word refers to: a character's name, I/my (the narrator), he/she/his/her (the most recent fitting
    /// character). <paramref name="isReference"/> is false when the word refers to no one.</summary>
    private int Reference(int t, int narrator, int addressee, int at, out bool isReference, out Gender pronoun, bool possessive = false)
    {
        isReference = true;
        pronoun = Gender.Unknown;
        int id = _cast.CharacterAt(t);
        if (id >= 0) return _cast.Members[id].CanSpeak ? id : Nobody;
        string w = NarratorFinder.Lower(_manuscript, t);
        var paragraph = _manuscript.SentenceOf(t).Paragraph;
        bool firstPerson = _personOfParagraph[paragraph] == Person.First;
        if (w is "i" || possessive && w is "my")
            return narrator >= 0 ? narrator : NarratorId;
        if (w is "he" || possessive && w is "his") { pronoun = Gender.Male; return ResolveThirdPerson(Gender.Male, at, firstPerson ? narrator : Nobody, addressee); }
        if (w is "she" || possessive && w is "her") { pronoun = Gender.Female; return ResolveThirdPerson(Gender.Female, at, firstPerson ? narrator : Nobody, addressee); }
        if (w is "we" or "they" || possessive && w is "our" or "their") return Nobody;
        isReference = false;
        return Nobody;
    }

    private int ResolveThirdPerson(Gender gender, int at, int narrator, int addressee)
    {
        AdvanceMentions(at);
        int subject = RecentSubject(gender, at, c => c != narrator && c != addressee);
        if (subject != Nobody) return subject;
        int id = MostRecent(at, c => c != narrator && c != addressee, gender);
        return id;
    }

    /// <summary>The subject of the latest sentence in this or the previous paragraph before <paramref name="at"/> whose
    /// subject is a character of <paramref name="gender"/>: the topic, which he or she continues ("Mrs. Blewett
    /// looked Anne over. "…" she demanded.").</summary>
    private int RecentSubject(Gender gender, int at, Func<int, bool> allowed)
    {
        int paragraph = _manuscript.SentenceOf(at).Paragraph;
        int from = _manuscript.Paragraphs[Math.Max(0, paragraph - 1)].FirstToken;
        int i = _subjectTokens.BinarySearch(at);
        for (i = (i < 0 ? ~i : i) - 1; i >= 0 && _subjectTokens[i] >= from; i--)
        {
            int id = _subjectIds[i];
            if (_cast.Members[id].Gender == gender && allowed(id)) return id;
        }
        return Nobody;
    }

    /// <summary>The most recently mentioned or speaking character that passes <paramref name="allowed"/>, preferring one
    /// known to have <paramref name="gender"/> over one whose gender is unknown.</summary>
    private int MostRecent(int at, Func<int, bool> allowed, Gender gender)
    {
        AdvanceMentions(at);
        int best = Nobody, bestUnknown = Nobody;
        for (int c = 0; c < _lastMention.Length; c++)
        {
            if (_lastMention[c] < 0 || !allowed(c) || !_cast.Members[c].CanSpeak) continue;
            var g = _cast.Members[c].Gender;
            if (gender != Gender.Unknown && g != Gender.Unknown && g != gender) continue;
            if (gender == Gender.Unknown || g == gender) { if (best == Nobody || _lastMention[c] > _lastMention[best]) best = c; }
            else if (bestUnknown == Nobody || _lastMention[c] > _lastMention[bestUnknown]) bestUnknown = c;
        }
        return best != Nobody ? best : bestUnknown;
    }

    private void AdvanceMentions(int upTo)
    {
        while (_mentionCursor < _narrationMentions.Count && _narrationMentions[_mentionCursor].Token < upTo)
        {
            var (token, id) = _narrationMentions[_mentionCursor++];
            if (token > _lastMention[id]) _lastMention[id] = token;
        }
    }

    /// <summary>The character a line addresses by name: "Clark, please." / "Don't leave, Lana." / "Clark!".</summary>
    private int Vocative(Quotation line)
    {
        var tokens = _manuscript.Tokens;
        int first = line.OpenToken + 1;
        int end = line.IsClosed ? line.CloseToken : _manuscript.Paragraphs[line.Paragraph].FirstToken + _manuscript.Paragraphs[line.Paragraph].TokenCount;
        for (int t = first; t < end; t++)
        {
            int id = _cast.CharacterAt(t);
            if (id < 0 || t > first && _cast.CharacterAt(t - 1) == id) continue;
            int after = t + 1;
            while (after < end && _cast.CharacterAt(after) == id) after++;
            bool opens = t == first || !tokens[t - 1].IsWord && _manuscript.Text[tokens[t - 1].Start] is ',' or '.' or '!' or '?' || tokens[t - 1].Kind is TokenKind.Ellipsis or TokenKind.Dash;
            bool closes = after >= end || tokens[after].Kind is TokenKind.Punctuation or TokenKind.Ellipsis or TokenKind.Dash && _manuscript.Text[tokens[after].Start] is not (':' or ';');
            if (opens && closes && _cast.Members[id].CanSpeak) return id;
        }
        return Nobody;
    }
}
