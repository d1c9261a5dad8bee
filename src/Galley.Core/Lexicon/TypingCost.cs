namespace Galley.Lexicon;

/// <summary>How likely a writer is to have typed one spelling for another: an edit distance whose steps cost less
/// when they are common slips — a vowel for a vowel, a neighbouring key, a doubled or undoubled letter, two letters
/// swapped, letters that sound alike (c/k/s, i/y).</summary>
internal static class TypingCost
{
    public static double Between(string typed, string word)
    {
        int m = typed.Length, n = word.Length;
        // The table, one row per typed letter, and each letter's cost to add or drop, computed once, not at every cell.
        int cells = (m + 1) * (n + 1);
        Span<double> d = cells <= 1024 ? stackalloc double[cells] : new double[cells];
        Span<double> typedIndel = m <= 128 ? stackalloc double[m] : new double[m];
        Span<double> wordIndel = n <= 128 ? stackalloc double[n] : new double[n];
        for (int i = 0; i < m; i++) typedIndel[i] = Indel(typed, i);
        for (int j = 0; j < n; j++) wordIndel[j] = Indel(word, j);
        int stride = n + 1;
        for (int i = 0; i <= m; i++) d[i * stride] = i == 0 ? 0 : d[(i - 1) * stride] + typedIndel[i - 1];
        for (int j = 0; j <= n; j++) d[j] = j == 0 ? 0 : d[j - 1] + wordIndel[j - 1];
        for (int i = 1; i <= m; i++)
        {
            int row = i * stride, above = row - stride;
            for (int j = 1; j <= n; j++)
            {
                char a = typed[i - 1], b = word[j - 1];
                double best = d[above + j - 1] + Substitution(a, b);
                best = Math.Min(best, d[above + j] + typedIndel[i - 1]);   // typed an extra letter
                best = Math.Min(best, d[row + j - 1] + wordIndel[j - 1]);    // left a letter out
                if (i > 1 && j > 1 && a == word[j - 2] && typed[i - 2] == b)
                    best = Math.Min(best, d[above - stride + j - 2] + 0.6);
                d[row + j] = best;
            }
        }
        double cost = d[m * stride + n];
        if (m > 0 && n > 0 && typed[0] != word[0]) cost += 0.4;   // writers rarely get the first letter wrong
        return cost;
    }

    /// <summary><see cref="SubstitutionOf"/> for each pair of the letters a to z, worked out once.</summary>
    private static readonly double[] LetterSubstitution = LetterTable();

    private static double[] LetterTable()
    {
        var table = new double[26 * 26];
        for (int a = 0; a < 26; a++)
            for (int b = 0; b < 26; b++) table[a * 26 + b] = SubstitutionOf((char)('a' + a), (char)('a' + b));
        return table;
    }

    private static double Substitution(char a, char b) =>
        (uint)(a - 'a') < 26 && (uint)(b - 'a') < 26 ? LetterSubstitution[(a - 'a') * 26 + (b - 'a')] : SubstitutionOf(a, b);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static double SubstitutionOf(char a, char b)
    {
        if (a == b) return 0;
        if (IsVowel(a) && IsVowel(b)) return 0.55;
        if (SoundAlike(a, b)) return 0.6;
        if (Keyboard.AreNeighbours(a, b)) return 0.7;
        return 1.0;
    }

    private static bool SoundAlike(char a, char b) =>
        (a, b) is ('c', 'k') or ('k', 'c') or ('c', 's') or ('s', 'c') or ('s', 'z') or ('z', 's')
            or ('f', 'v') or ('v', 'f') or ('g', 'j') or ('j', 'g') or ('m', 'n') or ('n', 'm') or ('d', 't') or ('t', 'd');

    /// <summary>Adding or dropping the letter at <paramref name="index"/> of <paramref name="s"/>.</summary>
    private static double Indel(string s, int index)
    {
        char c = s[index];
        bool doubled = (index > 0 && s[index - 1] == c) || (index + 1 < s.Length && s[index + 1] == c);
        if (doubled) return 0.35;
        if (c is '\'' or '-' or ' ') return 0.3;   // a slipped apostrophe, hyphen or space
        if (c is 'h' or 'e') return 0.7;   // silent letters: whimper, athority, forgivness
        return IsVowel(c) ? 0.75 : 1.0;
    }
}
