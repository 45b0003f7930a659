using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.AccountDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 19: an object given to the application's generic object logger (WriteLog&lt;T&gt;(T obj)) is
/// written whole; text that never reaches a log (a [Conditional("DEBUG")] call, the message of an HTTP status exception
/// returned to the caller) is not reported.
/// </summary>
public class AccountDataLoggedGenericLoggerDebugAndHttpExceptionTests
{
    [Fact]
    public Task Debug_only_writes_and_http_status_exception_messages_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Diagnostics;
public class HttpException : Exception { public HttpException(int statusCode, string message) : base(message) { StatusCode = statusCode; } public int StatusCode { get; } }
public class NotFoundException : HttpException { public NotFoundException(string message) : base(404, message) { } }
public class BadRequestException : HttpException { public BadRequestException(string message) : base(400, message) { } }
public static class DevTrace
{
    [Conditional("DEBUG")]
    public static void Dump(string text) => Console.WriteLine(text);
}
public class People
{
    public void Find(string nationalId, string iban)
    {
        Debug.WriteLine($"Looking up {nationalId}");
        DevTrace.Dump("IBAN " + iban);
        throw new NotFoundException($"Person with {nationalId} does not exist");
    }

    public void Book(string nationalId)
    {
        throw new BadRequestException($"A reservation with national id {nationalId} exists");
    }
}
""");

    [Fact]
    public Task Trace_console_and_plain_exceptions_with_account_data_stay_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Diagnostics;
public class HttpClientFailure : Exception { public HttpClientFailure(string message) : base(message) { } }
public class People
{
    public void Find(string nationalId, string iban)
    {
        Trace.WriteLine($"Looking up {{|FG3006:nationalId|}}");
        Console.WriteLine("IBAN " + {|FG3006:iban|});
        throw new InvalidOperationException($"Person with {{|FG3006:nationalId|}} does not exist");
    }

    public void Fetch(string iban)
    {
        throw new HttpClientFailure("Fetch failed for " + {|FG3006:iban|});
    }
}
""");

    [Fact]
    public Task Objects_given_to_a_generic_object_logger_are_reported_when_they_carry_account_data() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
public static class Logging
{
    public static void WriteLog(string message) { }
    public static void WriteLog<T>(T obj)
    {
        var values = new Dictionary<string, object?>();
        foreach (var property in typeof(T).GetProperties())
        {
            values.Add(property.Name, property.GetValue(obj));
        }

        WriteLog(string.Join(", ", values));
    }
}
public class CitizenCheckRequest { public string IdNumber { get; set; } = ""; public string TranCode { get; set; } = ""; }
public class FatcaRequest { public string SsnItin { get; set; } = ""; public string ReferenceNo { get; set; } = ""; }
public class Service
{
    public void Verify(CitizenCheckRequest request, FatcaRequest fatca)
    {
        Logging.WriteLog({|FG3006:request|});
        Logging.WriteLog({|FG3006:fatca|});
    }
}
""");

    [Fact]
    public Task Objects_without_account_data_and_generic_non_logger_helpers_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public static class Logging
{
    public static void WriteLog<T>(T obj) { }
    public static void WriteLog<T>(string message, T context) { }
}
public static class Catalog
{
    public static void WriteEntry<T>(T item) { }
}
public static class Cache
{
    public static void Write<T>(T value) { }
}
public class StatusResponse { public string Code { get; set; } = ""; public string Message { get; set; } = ""; }
public class CitizenCheckRequest { public string IdNumber { get; set; } = ""; }
public class Service
{
    public void Verify(StatusResponse response, CitizenCheckRequest request)
    {
        Logging.WriteLog(response);
        Catalog.WriteEntry(request);
        Cache.Write(request);
    }
}
""");
}
