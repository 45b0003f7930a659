using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData
{
    /// <summary>
    /// FG1002 on processor wire shapes (issue 18, set 8): a glued cvv2cvc2 field is a security code; track data from an
    /// encrypting reader (ETrackData, EncryptedTrackData) is ciphertext; a list query's filter and sort fields are no
    /// card data; a code or track hard-coded into a keyed request body is SAD kept in source.
    /// </summary>
    public class SensitiveAuthenticationDataWireTests
    {
        [Fact]
        public Task Glued_codes_clear_track_data_and_keyed_literals_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Collections.Specialized;
public class KeyedSale
{
    string ssl_card_number = "";
    string {|FG1002:ssl_cvv2cvc2|} = "";
    public string {|FG1002:TrackData|} { get; set; } = "";
    public string {|FG1002:track_data|} = "";
    public string {|FG1002:EncryptedCvv|} { get; set; } = "";

    public NameValueCollection Build(Dictionary<string, string> fields)
    {
        fields["card_cvv"] = {|FG1002:"737"|};
        fields.Add("cvv2", {|FG1002:"1234"|});
        return new NameValueCollection
        {
            { "card.number", ssl_card_number },
            { "card.cvv", {|FG1002:"123"|} },
        };
    }
}
""");

        [Fact]
        public Task Reader_ciphertext_filters_and_look_alike_keyed_values_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Collections.Specialized;
public class DeviceSale
{
    public string ETrackData { get; set; } = "";
    public string e_track_data = "";
    public string EncryptedTrackData { get; set; } = "";
    public string EncTrack2 { get; set; } = "";
    public string ESerialNumber { get; set; } = "";
}
public class TokenListFilter
{
    public string TrackData { get; set; } = "";
    public string Cvv { get; set; } = "";
}
public class Sort10
{
    public string track_data { get; set; } = "asc";
}
public class Form
{
    public NameValueCollection Build(Dictionary<string, string> fields, string cvv)
    {
        fields["cvv_length"] = "3";
        fields["order_no"] = "123";
        fields["card_cvv"] = "***";
        fields.Add("cvv", cvv);
        return new NameValueCollection { { "amount", "100" }, { "card.cvv", "CVV" } };
    }
}
""");

        [Fact]
        public Task Card_and_code_packed_into_an_encrypted_blob_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

public interface ICryptor { string Encrypt(string plain); }
public class CreditCard
{
    public string Number { get; }
    public System.DateTime ExpirationDate { get; }
    public int {|FG1002:Cvv|} { get; }
    public string HolderName { get; }
    public CreditCard(string number, System.DateTime expirationDate, int cvv, string holderName)
    {
        Number = number;
        ExpirationDate = expirationDate;
        Cvv = cvv;
        HolderName = holderName;
    }

    public string Encrypt(ICryptor cryptor) => {|FG1002:cryptor.Encrypt($"{Number}|{ExpirationDate}|{Cvv}|{HolderName}")|};
    public string EncryptLegacy(ICryptor cryptor, string cardNumber, string cvc) => {|FG1002:cryptor.Encrypt(cardNumber + ";" + cvc)|};
}
""");

        [Fact]
        public Task Encrypting_a_card_without_its_code_or_a_lone_value_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public interface ICryptor { string Encrypt(string plain); }
public class Vault
{
    public string Protect(ICryptor cryptor, string cardNumber, string holder, string cvv, string payload)
        => cryptor.Encrypt($"{cardNumber}|{holder}") + cryptor.Encrypt(cvv) + cryptor.Encrypt(payload) + cryptor.Encrypt("cvv=" + holder);
}
""");
    }
}
