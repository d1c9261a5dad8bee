namespace Galley.Diagnostics;

public enum Severity { Info, Warning, Error }

public enum Category { Spelling, Capitalization, Dialogue, Punctuation, Apostrophes, Agreement, RealWord, Sentences, Style, Story }
