namespace Galley.Lexicon;

/// <summary>Which letters sit next to each other on a QWERTY keyboard: a slip of the finger is a cheap edit.</summary>
internal static class Keyboard
{
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    public static bool AreNeighbours(char a, char b)
    {
        if (!TryFind(a, out int ra, out int ca) || !TryFind(b, out int rb, out int cb)) return false;
        return Math.Abs(ra - rb) <= 1 && Math.Abs(ca - cb) <= 1 && (ra != rb || ca != cb);
    }

    private static bool TryFind(char c, out int row, out int column)
    {
        for (row = 0; row < Rows.Length; row++)
        {
            column = Rows[row].IndexOf(c);
            if (column >= 0) return true;
        }
        row = column = -1;
        return false;
    }
}
