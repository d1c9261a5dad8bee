using System.IO.Compression;
using Galley.Source;

namespace Galley.Formats.Archives;

/// <summary>Opens .docx and .epub packages without trusting them: a file that is not a zip, too many entries,
/// too much uncompressed data, or an entry that expands far more than text does (a zip bomb) is refused with a
/// clear message before anything is decompressed, and reads never go past the declared sizes.</summary>
internal static class SafeArchive
{
    public const int MaxEntries = 10_000;
    public const long MaxTotalBytes = 512L * 1024 * 1024;
    public const long MaxEntryBytes = SourceText.MaxFileBytes;
    /// <summary>Text and markup compress well, but not a thousandfold: beyond this ratio an entry is a bomb.</summary>
    public const long MaxRatio = 200;
    /// <summary>Small entries may have any ratio (a run of spaces compresses to nothing).</summary>
    private const long RatioFloor = 1024 * 1024;

    public static ZipArchive Open(byte[] bytes, string path, string kind)
    {
        ZipArchive archive;
        try { archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read); }
        catch (InvalidDataException) { throw new InputException($"{path}: not {kind} file (it is not a zip archive)."); }
        try
        {
            Inspect(archive, path);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
        return archive;
    }

    private static void Inspect(ZipArchive archive, string path)
    {
        if (archive.Entries.Count > MaxEntries)
            throw new InputException($"{path}: the archive has {archive.Entries.Count:N0} entries, more than the {MaxEntries:N0} Galley opens.");
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            long size = entry.Length;
            total += size;
            if (size > MaxEntryBytes || total > MaxTotalBytes)
                throw new InputException($"{path}: the archive expands to more than {MaxTotalBytes / (1024 * 1024)} MB; refusing to open it.");
            if (size > RatioFloor && size / Math.Max(1, entry.CompressedLength) > MaxRatio)
                throw new InputException($"{path}: the entry {entry.FullName} expands {size / Math.Max(1, entry.CompressedLength):N0} times (a zip bomb?); refusing to open it.");
        }
    }

    /// <summary>The entry's bytes, never more than it declares.</summary>
    public static byte[] Read(ZipArchiveEntry entry, string path)
    {
        long declared = entry.Length;
        var buffer = new byte[declared];
        try
        {
            using var stream = entry.Open();
            int read = 0;
            while (read < declared)
            {
                int n = stream.Read(buffer, read, (int)Math.Min(int.MaxValue, declared - read));
                if (n == 0) break;
                read += n;
            }
            if (read != declared || stream.ReadByte() >= 0)
                throw new InputException($"{path}: the entry {entry.FullName} is damaged (its size does not match the archive's directory).");
        }
        catch (InvalidDataException e)
        {
            throw new InputException($"{path}: the entry {entry.FullName} is damaged ({e.Message}).");
        }
        return buffer;
    }
}
