using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>FG1003 through the card-data flow (issue #20): card data that reaches a log through helpers, locals, fields and objects.</summary>
public class CardDataFlowLoggedTests
{
    private const string Form = """

public class PaymentForm
{
    public string CardNumber { get; set; } = "";
    public string CardToken { get; set; } = "";
    public string CardLast4 { get; set; } = "";
}
namespace FinGuard.Security
{
    internal static class CardMasking { public static string Mask(string? pan) => "****"; }
    public interface ICardTokenizer { string Tokenize(string pan); }
}
""";

    [Fact]
    public Task Helper_whose_name_says_nothing_logs_its_parameter()
    {
        var test = new VerifyCS.Test { TestCode = """

using Microsoft.Extensions.Logging;
using FinGuard.Security;
public class CheckoutService
{
    private readonly ILogger _log;
    public CheckoutService(ILogger log) => _log = log;
    public void Pay(PaymentForm form, ICardTokenizer tokenizer)
    {
        Trace({|#0:form.CardNumber|});
        Trace(CardMasking.Mask(form.CardNumber));
        Trace(form.CardLast4);
        Trace(form.CardToken);
        Trace(tokenizer.Tokenize(form.CardNumber));
        Trace(form.CardNumber.Substring(form.CardNumber.Length - 4));
    }
    private void Trace(string value) => _log.LogInformation("value {Value}", value);
}
""" + Form };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG1003", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("form.CardNumber", "card number", " (it reaches ILogger.LogInformation through Trace(value))"));
        return test.RunAsync(CancellationToken.None);
    }

    // A helper that logs its parameter on several paths is one finding at the call (per value and kind), not one per
    // path; two different card values passed to it are two.
    [Fact]
    public Task Helper_logging_its_parameter_on_several_paths_is_reported_once_per_value() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Microsoft.Extensions.Logging;
public class GatewayErrors
{
    private readonly ILogger _log;
    public GatewayErrors(ILogger log) => _log = log;
    public void Decode(Exception ex, string sent)
    {
        if (ex is TimeoutException) _log.LogWarning("timeout, sent " + sent);
        else if (ex is InvalidOperationException) _log.LogError("invalid, sent " + sent);
        else _log.LogError(ex, "failed, sent {Sent}", sent);
    }
}
public class CheckoutService
{
    private readonly GatewayErrors _errors;
    public CheckoutService(GatewayErrors errors) => _errors = errors;
    public void Pay(PaymentForm form, string cvv, Exception ex)
    {
        _errors.Decode(ex, {|FG1003:form.CardNumber|});
        _errors.Decode(ex, {|FG1003:cvv|});
        _errors.Decode(ex, form.CardToken);
    }
}
""" + Form);

    [Fact]
    public Task Writer_in_another_class_logs_the_entry() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Extensions.Logging;
public class AuditWriter
{
    private readonly ILogger _log;
    public AuditWriter(ILogger log) => _log = log;
    public void Write(string entry) => _log.LogWarning("audit: " + entry);
}
public class CheckoutService
{
    private readonly AuditWriter _audit;
    public CheckoutService(AuditWriter audit) => _audit = audit;
    public void Pay(PaymentForm form)
    {
        _audit.Write("paid with " + {|FG1003:form.CardNumber|});
        _audit.Write("paid with " + form.CardToken);
    }
}
""" + Form);

    [Fact]
    public Task Exception_message_built_by_a_helper() => VerifyCS.VerifyAnalyzerAsync("""

using System;
public class CheckoutService
{
    public void Pay(PaymentForm form, string pan)
    {
        if (pan.Length < 12) throw new InvalidOperationException(Describe({|FG1003:pan|}));
        if (pan.Length > 19) throw new InvalidOperationException(Describe(FinGuard.Security.CardMasking.Mask(pan)));
        throw new InvalidOperationException(Describe(form.CardLast4));
    }
    private static string Describe(string value) => "card " + value + " was declined";
}
""" + Form);

    [Fact]
    public Task Getter_result_is_logged() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Extensions.Logging;
public class CheckoutService
{
    public void Pay(ILogger log, PaymentForm form)
    {
        log.LogInformation("picked {Value}", {|FG1003:Pick(form)|});
        log.LogInformation("picked {Value}", PickToken(form));
    }
    private static string Pick(PaymentForm form) => form.CardNumber;
    private static string PickToken(PaymentForm form) => form.CardToken;
}
""" + Form);

    [Fact]
    public Task Locals_string_building_and_collections_propagate() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Text;
using Microsoft.Extensions.Logging;
public class CheckoutService
{
    public void Pay(ILogger log, PaymentForm form)
    {
        var s = form.CardNumber;
        log.LogInformation("a {A}", {|FG1003:s|});
        var line = $"card {s}";
        log.LogInformation({|FG1003:line|});
        var formatted = string.Format("{0}", s).Trim();
        log.LogInformation({|FG1003:formatted|});
        var sb = new StringBuilder();
        sb.Append("card ").Append(form.CardNumber);
        log.LogInformation({|FG1003:sb|}.ToString());
        var parts = new List<string> { "x", s };
        log.LogInformation("{P}", {|FG1003:parts|});
        var masked = FinGuard.Security.CardMasking.Mask(s);
        log.LogInformation("m {M}", masked);
        string? maybe = null;
        log.LogInformation("c {C}", maybe ?? "none");
    }
}
""" + Form);

    [Fact]
    public Task Field_holds_the_value_until_another_method_logs_it() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Extensions.Logging;
public class CheckoutService
{
    private readonly ILogger _log;
    private string _pending = "";
    private string _safe = "";
    public CheckoutService(ILogger log) => _log = log;
    public void Start(PaymentForm form)
    {
        _pending = {|FG1003:form.CardNumber|};
        _safe = form.CardToken;
    }
    public void Finish() => _log.LogInformation("finishing {P} {S}", _pending, _safe);
}
""" + Form);

    [Fact]
    public Task Lambdas_and_local_functions() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Microsoft.Extensions.Logging;
public class CheckoutService
{
    public void Pay(ILogger log, PaymentForm form)
    {
        var s = form.CardNumber;
        Action later = () => log.LogInformation("later {S}", {|FG1003:s|});
        void Local(string v) => log.LogInformation("local {V}", v);
        Local({|FG1003:form.CardNumber|});
        Local(form.CardToken);
        later();
    }
}
""" + Form);

    [Fact]
    public Task Generic_and_async_methods() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
public class CheckoutService
{
    private readonly ILogger _log;
    public CheckoutService(ILogger log) => _log = log;
    public async Task Pay(PaymentForm form)
    {
        Write({|FG1003:form.CardNumber|});
        Write(form.CardToken);
        await WriteAsync({|FG1003:form.CardNumber|});
        string fetched = await FetchAsync(form);
        _log.LogInformation("fetched {F}", {|FG1003:fetched|});
    }
    private void Write<T>(T value) => _log.LogInformation("generic {V}", value);
    private async Task WriteAsync(string value) { await Task.Yield(); _log.LogInformation("async {V}", value); }
    private static async Task<string> FetchAsync(PaymentForm form) { await Task.Yield(); return form.CardNumber; }
}
""" + Form);

    [Fact]
    public Task Recursion_and_cycles_terminate() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Extensions.Logging;
public class CheckoutService
{
    private readonly ILogger _log;
    public CheckoutService(ILogger log) => _log = log;
    public void Pay(PaymentForm form)
    {
        Loop({|FG1003:form.CardNumber|}, 3);
        Ping(form.CardNumber, 2);
        Ping(form.CardToken, 2);
    }
    private void Loop(string value, int n) { if (n > 0) Loop(value, n - 1); else _log.LogInformation("end {V}", value); }
    private void Ping(string value, int n) { if (n > 0) Pong(value, n - 1); }
    private void Pong(string value, int n) { if (n > 0) Ping(value, n - 1); }
}
""" + Form);

    [Fact]
    public async Task Partial_classes_across_files()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/0/Checkout.cs", @"
public partial class CheckoutService
{
    public void Pay(PaymentForm form)
    {
        Trace({|FG1003:form.CardNumber|});
        Trace(form.CardLast4);
    }
}" + Form));
        test.TestState.Sources.Add(("/0/Checkout.Logging.cs", """

using Microsoft.Extensions.Logging;
public partial class CheckoutService
{
    private readonly ILogger _log = null!;
    private void Trace(string value) => _log.LogInformation("value {Value}", value);
}
"""));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Sanitizers_stop_the_flow() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
public interface IDataProtector { string Protect(string plaintext); string Unprotect(string protectedData); }
[AttributeUsage(AttributeTargets.All)] public sealed class NotCardDataAttribute : Attribute { }
public class CheckoutService
{
    private readonly ILogger _log;
    private readonly IDataProtector _protector;
    private readonly byte[] _key = new byte[32];
    public CheckoutService(ILogger log, IDataProtector protector) { _log = log; _protector = protector; }
    public void Pay(PaymentForm form)
    {
        Trace(_protector.Protect(form.CardNumber));
        Trace(Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(form.CardNumber))));
        Trace(LastFour(form.CardNumber));
        Trace(form.CardNumber.Substring(0, 6));
        Trace(Scrub(form.CardNumber));
        Trace(Opaque(form.CardNumber));
        Trace(Keep({|FG1003:form.CardNumber|}));
    }
    private void Trace(string value) => _log.LogInformation("value {Value}", value);
    private static string LastFour(string pan) => pan;
    private static string Scrub(string pan) => pan;
    [NotCardData] private static string Opaque(string pan) => pan;
    private static string Keep(string value) => value.Trim();
}
""" + Form, "finguard.card_data.sanitizers = Scrub");

    [Fact]
    public Task Card_data_attribute_marks_a_source_and_not_card_data_a_safe_member() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Microsoft.Extensions.Logging;
[AttributeUsage(AttributeTargets.All)] public sealed class CardDataAttribute : Attribute { }
[AttributeUsage(AttributeTargets.All)] public sealed class NotCardDataAttribute : Attribute { }
public class Legacy
{
    [CardData] public string Acct { get; set; } = "";
    [NotCardData] public string Pan { get; set; } = "";
}
public class CheckoutService
{
    private readonly ILogger _log = null!;
    public void Pay(Legacy legacy)
    {
        Trace({|FG1003:legacy.Acct|});
        Trace(legacy.Pan);
    }
    private void Trace(string value) => _log.LogInformation("value {Value}", value);
}
""");

    [Fact]
    public Task Luhn_valid_literal_is_a_source() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Extensions.Logging;
public class SampleImport
{
    private readonly ILogger _log = null!;
    public void Import()
    {
        var sample = "4556 7375 8689 9855";
        Trace({|FG1003:sample|});
        Trace("4242424242424242");
        Trace("1234 5678 9012 3456");
    }
    private void Trace(string value) => _log.LogInformation("value {Value}", value);
}
""");

    [Fact]
    public Task Interface_and_delegate_calls_are_not_followed() => VerifyCS.VerifyAnalyzerAsync(@"
using System;
using Microsoft.Extensions.Logging;
public interface IAudit { void Write(string entry); }
public class CheckoutService
{
    public void Pay(PaymentForm form, IAudit audit, Action<string> callback)
    {
        audit.Write(form.CardNumber);
        callback(form.CardNumber);
    }
}" + Form);
}
