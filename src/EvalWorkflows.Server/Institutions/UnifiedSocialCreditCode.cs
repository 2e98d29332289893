namespace EvalWorkflows.Server.Institutions;

/// <summary>
/// 统一社会信用代码 — the 18-character unified social credit code (GB 32100-2015): registration authority,
/// organisation type, 6-digit administrative division, 9-character organisation code, and a check character
/// computed over the first 17 with weights 3^i mod 31 in the 31-character alphabet that omits I, O, Z, S, V.
/// </summary>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>
    /// Null when valid; otherwise the reason in Chinese, for the person who typed it, naming the request's field
    /// (<c>creditCode</c>) in brackets as every other validation message does.
    /// </summary>
    public static string? Check(string? code)
    {
        const string name = "统一社会信用代码（creditCode）";
        if (string.IsNullOrWhiteSpace(code)) return $"请填写{name}。";
        code = code.Trim().ToUpperInvariant();
        if (code.Length != 18) return $"{name}应为18位，当前为{code.Length}位。";
        for (var i = 0; i < 18; i++)
            if (Alphabet.IndexOf(code[i]) < 0)
                return $"{name}第{i + 1}位“{code[i]}”不是允许的字符（不使用 I、O、Z、S、V）。";
        if (!code.AsSpan(2, 6).ToString().All(char.IsAsciiDigit)) return $"{name}第3至8位应为行政区划码（数字）。";
        var expected = CheckCharacter(code.AsSpan(0, 17));
        return code[17] == expected ? null : $"{name}校验位错误：第18位应为“{expected}”，请核对。";
    }

    /// <summary>The 18th character for the first 17 (each from the code's alphabet).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        return Alphabet[(31 - sum % 31) % 31];
    }

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();
}
