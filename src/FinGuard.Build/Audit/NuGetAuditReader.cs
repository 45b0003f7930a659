using System;
using System.Collections.Generic;
using System.IO;
using FinGuard.Build.Json;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Audit
{
    /// <summary>
    /// Reads NuGet's audit results (NU1901 low, NU1902 moderate, NU1903 high, NU1904 critical) from the restore
    /// log NuGet keeps in <c>obj/project.assets.json</c> ("logs"), so known-vulnerable packages (PCI DSS 6.3.3)
    /// go through the same policy, waivers and baseline as code findings. The package ID is the finding's symbol.
    /// </summary>
    internal static class NuGetAuditReader
    {
        public static int SeverityOf(string code) => code switch
        {
            "NU1901" => 1,
            "NU1902" => 2,
            "NU1903" => 3,
            "NU1904" => 4,
            _ => 0,
        };

        public static IReadOnlyList<Finding> Read(string assetsFile, string projectFile, List<GateDiagnostic> diagnostics)
        {
            var findings = new List<Finding>();
            if (!File.Exists(assetsFile))
            {
                return findings;
            }

            JsonValue root;
            try
            {
                root = JsonParser.Parse(File.ReadAllText(assetsFile));
            }
            catch (JsonParseException e)
            {
                diagnostics.Add(new GateDiagnostic(GateCodes.AssetsUnreadable, true, assetsFile, e.Line, e.Column,
                    "FinGuard cannot read NuGet's restore results for the dependency audit: " + e.Message + "; run dotnet restore again to rewrite it"));
                return findings;
            }

            if (root["logs"] is not { Kind: JsonKind.Array } logs)
            {
                return findings;
            }

            foreach (JsonValue log in logs.Items)
            {
                string? code = log["code"]?.AsString();
                if (code == null || SeverityOf(code) == 0)
                {
                    continue;
                }

                string message = log["message"]?.AsString() ?? code;
                string level = string.Equals(log["level"]?.AsString(), "Error", StringComparison.OrdinalIgnoreCase) ? "error" : "warning";
                findings.Add(new Finding(code, level, message, projectFile, 0, 0, 0, 0, isSuppressed: false, helpUri: "https://learn.microsoft.com/nuget/reference/errors-and-warnings/" + code.ToLowerInvariant())
                {
                    Symbol = log["libraryId"]?.AsString(),
                });
            }

            return findings;
        }
    }
}
