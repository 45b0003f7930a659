using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.ProcessorIdempotencyAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2003 on Elavon Converge name/value and XML posts (process.do/processxml.do with a charging ssl_transaction_type and
/// no ssl_invoice_number) and on the Fortis SDK's charging calls without an api id (held-out set 8). Look-alikes: voids,
/// tip updates and settlement; posts with an invoice number; other hosts' process.do; Fortis reads and requests with
/// their api id; a project's own controller of the same method name in a file that does not import Fortis.
/// </summary>
public class ConvergeAndFortisCallsTests
{
    [Fact]
    public Task Converge_charges_and_refunds_without_an_invoice_number_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

#pragma warning disable SYSLIB0014
using System.IO;
using System.Net;
using System.Text;
public class TerminalSale
{
    private readonly string transactionType = "ccsale";
    private const string Gateway = "https://api.convergepay.com/VirtualMerchant/process.do";

    public string Sale(string merchant, string amount, string token)
    {
        string body = "ssl_merchant_id=" + merchant + "&ssl_transaction_type=" + transactionType + "&ssl_amount=" + amount + "&ssl_token=" + token;
        var request = (HttpWebRequest){|FG2003:WebRequest.Create(Gateway)|};
        request.Method = "POST";
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        request.GetRequestStream().Write(bytes, 0, bytes.Length);
        return new StreamReader(request.GetResponse().GetResponseStream()).ReadToEnd();
    }

    public string Refund(WebClient client, string amount, string id)
        => {|FG2003:client.UploadString("https://api.demo.convergepay.com/VirtualMerchant/processxml.do", "xmldata=<txn><ssl_transaction_type>ccreturn</ssl_transaction_type><ssl_amount>" + amount + "</ssl_amount><ssl_txn_id>" + id + "</ssl_txn_id></txn>")|};
}
""");

    [Fact]
    public Task Converge_voids_guarded_sales_and_other_endpoints_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

#pragma warning disable SYSLIB0014
using System.Net;
public class TerminalAdmin
{
    private const string Gateway = "https://api.convergepay.com/VirtualMerchant/process.do";

    public string Void(WebClient client, string id)
        => client.UploadString(Gateway, "ssl_transaction_type=ccvoid&ssl_txn_id=" + id);

    public string Tip(WebClient client, string id, string tip)
    {
        string type = "ccupdatetip";
        return client.UploadString(Gateway, "ssl_transaction_type=" + type + "&ssl_txn_id=" + id + "&ssl_tip_amount=" + tip);
    }

    public string SaleForOrder(WebClient client, string orderId, string amount)
        => client.UploadString(Gateway, "ssl_transaction_type=ccsale&ssl_invoice_number=" + orderId + "&ssl_amount=" + amount);

    public string OtherGateway(WebClient client, string amount)
        => client.UploadString("https://gateway.example.com/api/process.do", "type=ccsale&amount=" + amount);
}
""");

    [Fact]
    public Task Fortis_charges_and_recurring_records_without_an_api_id_are_reported_before_restore() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

using System.Threading.Tasks;
using FortisAPI.Standard;
using FortisAPI.Standard.Models;
public class FortisBilling
{
    private readonly FortisAPIClient _client;
    public FortisBilling(FortisAPIClient client) => _client = client;

    public Task Charge(string vaultId, int cents)
        => {|FG2003:_client.TransactionsCreditCardController.CCSaleTokenizedAsync(new V1TransactionsCcSaleTokenRequest { AccountVaultId = vaultId, TransactionAmount = cents })|};

    public async Task Monthly(string vaultId, int cents)
    {
        var request = new V1RecurringsRequest { AccountVaultId = vaultId, TransactionAmount = cents, Interval = 1 };
        await {|FG2003:_client.RecurringController.CreateANewRecurringRecordAsync(request)|};
    }

    public Task Debit(string account, int cents)
        => {|FG2003:_client.TransactionsACHController.ACHDebitAsync(new V1TransactionsAchDebitKeyedRequest { AccountNumber = account, TransactionAmount = cents })|};
}
""");

    [Fact]
    public Task Fortis_calls_with_an_api_id_reads_and_look_alike_controllers_are_not_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

using System.Threading.Tasks;
using FortisAPI.Standard;
using FortisAPI.Standard.Models;
public class FortisGuarded
{
    private readonly FortisAPIClient _client;
    public FortisGuarded(FortisAPIClient client) => _client = client;

    public Task Charge(string vaultId, int cents, string orderId)
        => _client.TransactionsCreditCardController.CCSaleTokenizedAsync(new V1TransactionsCcSaleTokenRequest { AccountVaultId = vaultId, TransactionAmount = cents, TransactionApiId = "order-" + orderId });

    public async Task Monthly(string vaultId, int cents, string planId)
    {
        var request = new V1RecurringsRequest { AccountVaultId = vaultId, TransactionAmount = cents };
        request.RecurringApiId = "plan-" + planId;
        await _client.RecurringController.CreateANewRecurringRecordAsync(request);
    }

    public Task Read(string id) => _client.TransactionsReadController.GetTransactionAsync(id);

    public Task AvsCheck(string vaultId) => _client.TransactionsCreditCardController.CCAVSTokenizedAsync(new V1TransactionsCcAvsOnlyTokenRequest { AccountVaultId = vaultId });
}
""");

    [Fact]
    public Task A_shops_own_controller_without_the_fortis_import_is_not_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

using System.Threading.Tasks;
using Shop.Payments;
public class Checkout
{
    private readonly PaymentsApi _api;
    public Checkout(PaymentsApi api) => _api = api;
    public Task Pay(int cents) => _api.SalesController.CCSaleAsync(new V1SaleRequest { Amount = cents });
}
""");
}
