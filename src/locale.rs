//! Language, text direction and dates: which language a page is in (from
//! `<html lang>`, `og:locale` or the Euronews edition host), which way it
//! reads, and dates normalised to RFC 3339.

use crate::model::Dir;

/// Euronews edition subdomains whose name is not the language code.
const EDITION_HOSTS: &[(&str, &str)] = &[
    ("www", "en"),
    ("arabic", "ar"),
    ("per", "fa"),
    ("gr", "el"),
    ("ua", "uk"),
    ("farsi", "fa"),
];

/// Primary languages written right to left.
const RTL_LANGS: &[&str] = &["ar", "fa", "he", "ur", "ps", "yi", "ckb", "dv", "ku"];

/// Primary language subtag, lower-cased: `fr-FR` → `fr`, `ar_AE` → `ar`.
#[must_use]
pub fn primary(tag: &str) -> Option<String> {
    let p = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (p.len() >= 2 && p.len() <= 3 && p.chars().all(|c| c.is_ascii_alphabetic())).then_some(p)
}

/// The language of a Euronews edition from its host name (`fr.euronews.com` → `fr`).
#[must_use]
pub fn edition_lang(host: &str) -> Option<String> {
    let sub = host.strip_suffix(".euronews.com")?;
    let sub = sub.rsplit('.').next()?;
    EDITION_HOSTS
        .iter()
        .find(|(h, _)| *h == sub)
        .map(|(_, l)| (*l).to_string())
        .or_else(|| primary(sub))
}

/// Text direction of a primary language.
#[must_use]
pub fn dir_of(lang: Option<&str>) -> Dir {
    match lang {
        Some(l) if RTL_LANGS.contains(&l) => Dir::Rtl,
        _ => Dir::Ltr,
    }
}

/// Host name of an absolute URL, lower-cased, without port or credentials.
#[must_use]
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// Path of an absolute URL (without query or fragment).
#[must_use]
pub fn path_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.find('/').map_or("/", |i| &rest[i..]);
    path.split(['?', '#']).next().unwrap_or("/")
}

/// Normalise the date forms Euronews uses (`2020-05-23 08:24:22`,
/// `2024-04-30 16:38:37 +02:00`, ISO 8601) to RFC 3339
/// (`2024-04-30T16:38:37+02:00`; no offset when the page gives none).
#[must_use]
pub fn normalize_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    let bytes = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        bytes
            .get(r)
            .is_some_and(|b| b.iter().all(u8::is_ascii_digit))
    };
    if !(digits(0..4)
        && bytes.get(4) == Some(&b'-')
        && digits(5..7)
        && bytes.get(7) == Some(&b'-')
        && digits(8..10))
    {
        return None;
    }
    let date = s.get(..10)?;
    let rest = s.get(10..)?.trim_start_matches(['T', ' ']);
    let rb = rest.as_bytes();
    let time_ok =
        rb.len() >= 5 && rb.get(2) == Some(&b':') && rb[..2].iter().all(u8::is_ascii_digit);
    if !time_ok {
        return Some(date.to_string());
    }
    let time_len = if rb.get(5) == Some(&b':') { 8 } else { 5 };
    let time = rest.get(..time_len)?;
    let time = if time_len == 5 {
        format!("{time}:00")
    } else {
        time.to_string()
    };
    // Skip fractional seconds.
    let mut tail = rest.get(time_len..)?;
    if let Some(t) = tail.strip_prefix('.') {
        tail = t.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    let tail = tail.trim();
    let offset = match tail {
        "" => String::new(),
        "Z" | "z" => "Z".to_string(),
        t if (t.starts_with('+') || t.starts_with('-')) && t.len() >= 5 => {
            let sign = &t[..1];
            let d: String = t[1..].chars().filter(char::is_ascii_digit).collect();
            if d.len() == 4 {
                format!("{sign}{}:{}", &d[..2], &d[2..])
            } else {
                String::new()
            }
        }
        _ => String::new(),
    };
    Some(format!("{date}T{time}{offset}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            normalize_date("2020-05-23 08:24:22").as_deref(),
            Some("2020-05-23T08:24:22")
        );
        assert_eq!(
            normalize_date("2024-04-30 16:38:37 +02:00").as_deref(),
            Some("2024-04-30T16:38:37+02:00")
        );
        assert_eq!(
            normalize_date("2024-04-30T16:38:37.123Z").as_deref(),
            Some("2024-04-30T16:38:37Z")
        );
        assert_eq!(normalize_date("yesterday"), None);
    }

    #[test]
    fn hosts_and_langs() {
        assert_eq!(
            host_of("https://Arabic.Euronews.com:8080/2020/x").as_deref(),
            Some("arabic.euronews.com")
        );
        assert_eq!(edition_lang("arabic.euronews.com").as_deref(), Some("ar"));
        assert_eq!(edition_lang("fr.euronews.com").as_deref(), Some("fr"));
        assert_eq!(edition_lang("example.com"), None);
        assert_eq!(dir_of(Some("fa")), Dir::Rtl);
        assert_eq!(path_of("https://a.b/c/d?x#y"), "/c/d");
        assert_eq!(primary("ar-AE").as_deref(), Some("ar"));
    }
}
