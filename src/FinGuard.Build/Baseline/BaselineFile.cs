using System.IO;
using System.Text;
using System.Text.Json;
using FinGuard.Build.Json;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Baseline;

/// <summary>
/// <c>finguard.baseline.json</c>: the findings a project had when it adopted FinGuard, keyed by fingerprint,
/// so that only new findings block. Written sorted with one entry per line for stable, reviewable diffs; it
/// holds no source text (flagged text can be a secret or a card number).
/// </summary>
internal sealed class BaselineFile
{
    /// <summary>
    /// 2: fingerprints hash the symbol the analyzer names (<c>finguard.symbol</c>). Version 1 hashed a symbol the gate
    /// guessed from the source text, so its fingerprints cannot be matched or converted: reading one is FG9011,
    /// asking to regenerate it (FinGuardUpdateBaseline) replaces it.
    /// </summary>
    public const int CurrentVersion = 2;

    private readonly Dictionary<string, int> _remaining = new Dictionary<string, int>(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>Consumes one baseline entry for the fingerprint; false when the finding is new.</summary>
    public bool TryMatch(string fingerprint)
    {
        if (_remaining.TryGetValue(fingerprint, out int count) && count > 0)
        {
            _remaining[fingerprint] = count - 1;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Reads a baseline; a missing file is an empty baseline, a bad one an FG9011 error (and null). When
    /// <paramref name="regenerating"/>, a baseline of an older format is an empty one (it is about to be rewritten).
    /// </summary>
    public static BaselineFile? Load(string path, List<GateDiagnostic> diagnostics, bool regenerating = false)
    {
        var baseline = new BaselineFile();
        if (!File.Exists(path))
        {
            return baseline;
        }

        JsonValue root;
        try
        {
            root = JsonFile.Read(path);
        }
        catch (JsonParseException e)
        {
            diagnostics.Add(Error(path, e.Line, e.Column, "the FinGuard baseline is not valid JSON: " + e.Message + "; restore it from version control or regenerate it with -p:FinGuardUpdateBaseline=true"));
            return null;
        }

        if (root.Kind != JsonKind.Object || root["findings"] is not { Kind: JsonKind.Array } findings)
        {
            diagnostics.Add(Error(path, root.Line, root.Column, "not a FinGuard baseline: expected an object with \"version\" and a \"findings\" array"));
            return null;
        }

        JsonValue? version = root["version"];
        int? number = version?.AsInt();
        if (number == null || number < 1)
        {
            diagnostics.Add(Error(path, (version ?? root).Line, (version ?? root).Column, $"the baseline has no valid \"version\"; expected {CurrentVersion}"));
            return null;
        }

        if (number > CurrentVersion)
        {
            diagnostics.Add(Error(path, version!.Line, version.Column,
                $"the baseline has format version {number}, newer than this FinGuard understands ({CurrentVersion}); update the FinGuard package (the file was left untouched)"));
            return null;
        }

        if (number < CurrentVersion)
        {
            if (regenerating)
            {
                return baseline;
            }

            diagnostics.Add(Error(path, version!.Line, version.Column,
                $"the baseline has format version {number}, written by an earlier FinGuard whose fingerprints this version does not compute (expected {CurrentVersion}); regenerate it with -p:FinGuardUpdateBaseline=true and commit it"));
            return null;
        }

        foreach (JsonValue entry in findings.Items)
        {
            if (entry["fingerprint"]?.AsString() is not string fingerprint || fingerprint.Length == 0)
            {
                diagnostics.Add(Error(path, entry.Line, entry.Column, "a baseline entry has no \"fingerprint\"; expected { \"rule\", \"file\", \"symbol\", \"fingerprint\", \"count\" }"));
                return null;
            }

            int count = entry["count"]?.AsInt() ?? 1;
            baseline._remaining.TryGetValue(fingerprint, out int existing);
            baseline._remaining[fingerprint] = existing + Math.Max(count, 1);
            baseline.Count += Math.Max(count, 1);
        }

        return baseline;
    }

    /// <summary>
    /// Renders the baseline for the given findings, sorted by file, rule, symbol and fingerprint: the file with
    /// <see cref="Utf8JsonWriter"/>, indented, and each entry on one line of its own (a compact object) so a
    /// review sees one line per added or removed finding. Line ends are '\n' on every OS (stable diffs).
    /// </summary>
    public static string Render(IEnumerable<Finding> findings)
    {
        var entries = new SortedDictionary<string, (Finding Finding, int Count)>(StringComparer.Ordinal);
        foreach (Finding finding in findings)
        {
            string key = (finding.RelativePath ?? string.Empty) + "\u0001" + finding.RuleId + "\u0001" + (finding.Symbol ?? string.Empty) + "\u0001" + finding.Fingerprint;
            entries[key] = entries.TryGetValue(key, out var existing) ? (existing.Finding, existing.Count + 1) : (finding, 1);
        }

        // Raw values are written as they are (no indentation): each entry brings its own line break and indent.
        byte[] lineStart = Encoding.ASCII.GetBytes("\n    ");
        using var output = new MemoryStream();
        using var entry = new MemoryStream();
        using (var writer = new Utf8JsonWriter(output, JsonOutput.Indented))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", CurrentVersion);
            writer.WriteString("comment", "FinGuard baseline: existing findings that do not block. Regenerate with dotnet build -p:FinGuardUpdateBaseline=true; review removals and additions like code.");
            writer.WriteStartArray("findings");
            foreach (var item in entries.Values)
            {
                entry.SetLength(0);
                entry.Write(lineStart, 0, lineStart.Length);
                using (var line = new Utf8JsonWriter(entry, JsonOutput.Compact))
                {
                    line.WriteStartObject();
                    line.WriteString("rule", item.Finding.RuleId);
                    line.WriteString("file", item.Finding.RelativePath ?? string.Empty);
                    line.WriteString("symbol", item.Finding.Symbol ?? string.Empty);
                    line.WriteString("fingerprint", item.Finding.Fingerprint ?? string.Empty);
                    line.WriteNumber("count", item.Count);
                    line.WriteEndObject();
                }

                writer.WriteRawValue(entry.ToArray(), skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return JsonOutput.Text(output);
    }

    private static GateDiagnostic Error(string path, int line, int column, string message) => new GateDiagnostic(GateCodes.BaselineUnreadable, true, path, line, column, message);
}
