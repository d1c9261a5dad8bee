namespace Galley.Source;

/// <summary>Input Galley cannot read (binary data, invalid encoding, unreadable file).
/// Its message is written for the user; the command line turns it into exit code 2.</summary>
public sealed class InputException(string message) : Exception(message);
