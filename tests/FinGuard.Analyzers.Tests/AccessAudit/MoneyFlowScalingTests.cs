using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using FinGuard.Analyzers.AccessAudit;
using FinGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace FinGuard.Analyzers.Tests.AccessAudit;

/// <summary>
/// FG5001/FG5002 follow calls across the compilation: the cost must grow with the code, not with the number of call
/// paths. A layered service graph where every method calls every method of the next layer (4^12 paths within the
/// depth bound), with calls back up (cycles), is analysed in about the time of a plain walk over its methods.
/// </summary>
public class MoneyFlowScalingTests
{
    private const int Layers = 40;
    private const int Width = 4;
    private const int Controllers = 50;
    private const int RefundLayer = 9;

    private readonly ITestOutputHelper _output;

    public MoneyFlowScalingTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Dense_and_cyclic_call_graphs_are_summarised_once_per_method()
    {
        var code = new StringBuilder("using Microsoft.AspNetCore.Mvc;\n");
        for (int layer = 0; layer < Layers; layer++)
        {
            code.Append("public sealed class Layer").Append(layer).Append("\n{\n");
            for (int m = 0; m < Width; m++)
            {
                code.Append("    public static void M").Append(m).Append("(string id)\n    {\n");
                if (layer + 1 < Layers)
                {
                    for (int next = 0; next < Width; next++)
                    {
                        code.Append("        Layer").Append(layer + 1).Append(".M").Append(next).Append("(id);\n");
                    }
                }

                if (layer > 0 && m == 0)
                {
                    code.Append("        if (id.Length > 99) Layer").Append(layer - 1).Append(".M1(id);\n");
                }

                if (layer == RefundLayer)
                {
                    code.Append("        new Stripe.RefundService().Create(new Stripe.RefundCreateOptions { PaymentIntent = id });\n");
                }

                code.Append("    }\n");
            }

            code.Append("}\n");
        }

        for (int c = 0; c < Controllers; c++)
        {
            code.Append("[ApiController] public sealed class Refunds").Append(c).Append("Controller : ControllerBase\n{\n    [HttpPost] public IActionResult Refund(string id) { Layer0.M")
                .Append(c % Width).Append("(id); return Ok(null); }\n}\n");
        }

        Compilation compilation = await TestCompilation.CreateAsync(("Graph.cs", code.ToString()), ("Stubs.cs", AspNetStubs.Source));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var analyzer = new MoneyMovementAccessAnalyzer();
        var clock = Stopwatch.StartNew();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        clock.Stop();
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default);
        _output.WriteLine($"{Layers * Width + Controllers} methods, {Layers * Width * Width + Controllers} calls: analysis {clock.Elapsed.TotalMilliseconds:0} ms wall, analyzer {telemetry.ExecutionTime.TotalMilliseconds:0} ms");

        Assert.Equal(Controllers, diagnostics.Count(d => d.Id == "FG5001"));
        Assert.Equal(Width, diagnostics.Count(d => d.Id == "FG5002"));

        // Generous for a loaded CI machine; an exponential walk would not finish at all (4^12 paths per endpoint).
        Assert.True(telemetry.ExecutionTime.TotalSeconds < 20, $"analyzer took {telemetry.ExecutionTime.TotalSeconds:0.0} s");
    }
}
