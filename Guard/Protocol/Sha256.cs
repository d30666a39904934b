using System.Security.Cryptography;
using System.Text;

namespace RuleSandbox.Guard.Protocol;

/// <summary>The rule key both ends agree on: lower-case hex SHA-256 of the UTF-8 source.</summary>
internal static class Sha256
{
    public static string Of(string source) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
}
