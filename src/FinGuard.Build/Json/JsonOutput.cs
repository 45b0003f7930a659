using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FinGuard.Build.Json;

/// <summary>
/// How the gate writes its JSON outputs (SARIF report, baseline) with <see cref="Utf8JsonWriter"/>: readable
/// text (apostrophes, non-ASCII names and paths as themselves: the files are never embedded in HTML) and '\n'
/// line ends on every OS, so a baseline written on Windows and on Linux is the same file.
/// </summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions Indented = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonWriterOptions Compact = new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The written UTF-8 as text, with '\n' line ends and a final line end.</summary>
    public static string Text(MemoryStream written)
    {
        // Utf8JsonWriter indents with Environment.NewLine; strings never hold a raw line break (they are escaped).
        string text = Encoding.UTF8.GetString(written.GetBuffer(), 0, (int)written.Length);
        return (Environment.NewLine == "\n" ? text : text.Replace("\r\n", "\n")) + "\n";
    }
}
