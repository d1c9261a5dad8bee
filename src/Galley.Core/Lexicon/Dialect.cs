namespace Galley.Lexicon;

public enum Dialect { EnUS, EnGB }

public static class DialectNames
{
    public static bool TryParse(string? name, out Dialect dialect)
    {
        switch (name?.Replace('_', '-').ToLowerInvariant())
        {
            case "en-us" or "us" or "american": dialect = Dialect.EnUS; return true;
            case "en-gb" or "gb" or "uk" or "british": dialect = Dialect.EnGB; return true;
            default: dialect = Dialect.EnUS; return false;
        }
    }

    public static string Name(this Dialect dialect) => dialect == Dialect.EnGB ? "en-GB" : "en-US";
}
