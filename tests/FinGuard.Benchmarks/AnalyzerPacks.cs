using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using FinGuard.Analyzers;
using FinGuard.CodeFixes.CardData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Benchmarks
{
    /// <summary>One analyzer pack as a user would enable it: its analyzers and the diagnostic options it runs with.</summary>
    public sealed record AnalyzerPack(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers, ImmutableDictionary<string, ReportDiagnostic> DiagnosticOptions);

    public static class AnalyzerPacks
    {
        /// <summary>The .NET SDK's security CA rules (the rest of NetAnalyzers is switched off).</summary>
        private static readonly string[] SecurityCaRules = BuildSecurityRuleList();

        /// <summary>Every FinGuard analyzer, found by reflection so rules merged later are measured too.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> FinGuardAnalyzers { get; } = typeof(RuleIds).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        /// <summary>Every FinGuard code fix, found by reflection.</summary>
        public static ImmutableArray<CodeFixProvider> FinGuardCodeFixes { get; } = typeof(PanMemberFixer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        public static AnalyzerPack FinGuard() => new AnalyzerPack("FinGuard", FinGuardAnalyzers, ImmutableDictionary<string, ReportDiagnostic>.Empty);

        public static IEnumerable<AnalyzerPack> Peers()
        {
            yield return Load("SecurityCodeScan.VS2019 5.6.7", Metadata("SecurityCodeScan"), null);
            yield return Load("SonarAnalyzer.CSharp 9.32 (default rules)", Metadata("SonarAnalyzer"), null);
            yield return Load(".NET SDK security CA rules (NetAnalyzers 8.0.0)", Metadata("NetAnalyzers"), SecurityCaRules);
        }

        private static AnalyzerPack Load(string name, string packageFolder, string[]? onlyRules)
        {
            string analyzers = Path.Combine(packageFolder, "analyzers");
            var loader = new Loader();
            var found = new List<DiagnosticAnalyzer>();
            foreach (string dll in Directory.EnumerateFiles(analyzers, "*.dll", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            {
                string relative = dll.Substring(analyzers.Length).Replace('\\', '/');
                if (relative.Contains("/vb/", StringComparison.Ordinal) || relative.Contains("VisualBasic", StringComparison.Ordinal))
                {
                    continue;
                }

                var reference = new AnalyzerFileReference(dll, loader);
                try
                {
                    found.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
                }
                catch (Exception e) when (e is BadImageFormatException or FileLoadException)
                {
                    // Native or satellite files among the analyzer files: nothing to load.
                }
            }

            var options = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>();
            if (onlyRules != null)
            {
                var wanted = new HashSet<string>(onlyRules, StringComparer.Ordinal);
                foreach (DiagnosticDescriptor descriptor in found.SelectMany(a => a.SupportedDiagnostics))
                {
                    options[descriptor.Id] = wanted.Contains(descriptor.Id) ? ReportDiagnostic.Warn : ReportDiagnostic.Suppress;
                }
            }

            return new AnalyzerPack(name, found.ToImmutableArray(), options.ToImmutable());
        }

        private static string Metadata(string key)
        {
            string? value = typeof(AnalyzerPacks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
            if (string.IsNullOrEmpty(value) || !Directory.Exists(value))
            {
                throw new InvalidOperationException($"package folder for {key} not found ('{value}'): restore tests/FinGuard.Benchmarks first");
            }

            return value;
        }

        private static string[] BuildSecurityRuleList()
        {
            var ids = new List<string> { "CA2100", "CA3061", "CA3075", "CA3076", "CA3077", "CA3147" };
            for (int i = 3001; i <= 3012; i++)
            {
                ids.Add("CA" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            for (int i = 5350; i <= 5405; i++)
            {
                ids.Add("CA" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return ids.ToArray();
        }

        /// <summary>Loads analyzer assemblies next to their dependencies (LoadFrom probes the assembly's folder).</summary>
        private sealed class Loader : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
        }
    }
}
