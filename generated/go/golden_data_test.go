// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

// Written by tests/go/golden.py with the Python client's create_ticket and
// tc3_authorization: the Go runtime must give the same bytes. Regenerate, never edit.

// goldenTicketKey is a throwaway RSA key made for these tests only.
const goldenTicketKey = `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDGGEKf7ssG95yE
rYTf1dFQdBHSI9O1Qyi8yV6Ve/8ALMKmpvWEm8ddSpfCaX5kPfY6jWwOo+GPGpBZ
6TfS9knSzs2wyfMlUJkr9AmqipsA8LGFqToS5EbzuurVA2xHQkAF1u9hALX0DKxZ
ZXlr8dsN9/if6cK2gVV1pSI8HdRSONQtePa3VqgWBUhSBCmyuf3S00Y9CKDFnLRg
F6TfIlsoi3jKvxN7yYjlGoAxPFjpy4oYQyhrEdOGd9zv8LHK1/fM80sRCmuf4Bfm
AS/CW+uSyuPAcJTcKWjg4AJn87u14udoLslpxwlAE4ZS1aIwTXRD0WXYhUaIcXzf
9HHlfS/tAgMBAAECggEAGfYh/S3hg9c9txG6oU83cHDVyRGS9GWJ2DwX3kVy5QX4
uLiW4rs7xJk7DGqg+ug39fKE3+JQdF3J3062VzqZ8DvUL0A4UoKeoGkKP0SNDfF9
goPsLX+nYNf1YNdjAG/JTjqeAruCHSrwB4NKB4CZ8dm2xtZvA1Yt6g4rT2+lXOUE
uaZqji6wcyETiq83X2FzvvsRbM+bdwKEZtSw7QvanactsZoj0QgHJ8E7UFwtiopr
Ytj9NOryycwoLBdZRlgl+JPcynW8OmomKL9X4XHmAqGH5mIWKK0P0b5iM4CpjpCB
i6a0xgtTErh/UT/RsuOS4lNYVOm80yXdKaQtF4zDoQKBgQDkDGjVG50IGYMNBJYE
/GV89L64dFwEbUBxZgu4cblryCPRxHl9ZLiXPeyMK1tRQWG+Hkxpsocoq+CjzP/m
NH8UHo3okXQptJz4S9j33BlMikNse+TYjIDgboxUwLeOQY81u3xLTRO6OMDY4IvF
n7K0/Xpl2xqtuAoKuX9/Wm0FCQKBgQDeX/p03gFgvo6cW0Rp9mrS8GqPhCZ6Oqyx
0DJhReTvsHgBXygvfoaj/Hi0Gil124BNWrs4v2RvhMCYHpLOsjuNIlCZa6GfaiIc
kKn5Gv4skG0pW8tp9yi2Q3dqtp5qOJ/fsJCAaiHiREnDt//qX6A1Vm2Sr2nFKw1V
nHoNWLnQxQKBgCXROQE+Fwhk0qqx+/7PrDTQkWAdS7UgOPOVLJRlp44MHoSGxG7a
6RGLn1KPThFnekIA3EMa6/b+qb4AHN+cDQbVGkta85yG6xDx4wUXZsqekxfGY+jV
Q/nz2ymi282naYxLjw0dtwvGpZRRiFw5Y3VII6gIcaAlSOUGZfJEmJehAoGBALRS
8C5EuKlS3SI9gETM5eMXwdGPQARuAAxQ4AmxO+yCFU5Hc7bPyy6/VMH3VReVX31a
zec+jJtB80tnv3SNY20XHnTKqs0yq2auiKbQFLzegSbAoTrUidcC7ptCa0OHl101
OHhpmAB7j7V+R7AuyyN1anVAeWzBdJavxOl9wXBhAoGAfraWBffReXxQvwSQLB2I
3P/ZhAVnLJ9FhMQ9F5X/Cc10o/hr5n0tvXcSb2SncaCXvFwcvI5oV3R3AMKUu3oZ
qfuZnwArANOv9/2DqoF2u3kwbXncX2M78lqwntWQGBpXxMyv0d4Bck6dH2gLfLCK
x9hrh3W5/r7AlUaVJJPiuuY=
-----END PRIVATE KEY-----
`

var goldenTickets = []ticketCase{
	{Name: "defaults", Env: "env-ticket-1", UID: "user_0001", NowMS: 1758597487691, KeyID: "6c8a1bd6-8f6b-4a44-9a1d-0f3b8c1f2e77", Ticket: "6c8a1bd6-8f6b-4a44-9a1d-0f3b8c1f2e77/@@/eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhbGciOiJSUzI1NiIsImVudiI6ImVudi10aWNrZXQtMSIsImlhdCI6MTc1ODU5NzQ4NzY5MSwiZXhwIjoxNzU4NTk4MDg3NjkxLCJ1aWQiOiJ1c2VyXzAwMDEiLCJyZWZyZXNoIjozNjAwMDAwLCJleHBpcmUiOjE3NTkyMDIyODc2OTF9.tKI2_358RIyQhkqy6ij8ar2sLwGg-mo5MgLD_etWe4WnJo2zpA8LpqudtNTOndqm804tGTzS7vSM1jGlS7-Hvj4zg2_A-zPViFxMTBKFiof69Blq9m3j3wY6wUym4oF0qTrRr4Wj23PJoY7BDEaqnMMNNKqnTG4MbglYVXPw5-JZIGHLrvYXk_fYplzRjOCP0uXRQxiRdL4f-pw8Z2uZ0DVSwrK3641_tUkeKOjwxEiONXtBcg4jZqLTttSbJWIqzxl3B0HbQ-tVm2vtM8xrvSWOB9RCtHPj2uk5_ut-f_ZJqa17fn-6GcON7TJzpsJF6ExciWo6ber7fSK_q6nk-w"},
	{Name: "refresh and expire", Env: "env-ticket-1", UID: "u-2#@~=*(){}", NowMS: 1758597487000, RefreshMS: 7200000, ExpireMS: 1760000000000, KeyID: "6c8a1bd6-8f6b-4a44-9a1d-0f3b8c1f2e77", Ticket: "6c8a1bd6-8f6b-4a44-9a1d-0f3b8c1f2e77/@@/eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhbGciOiJSUzI1NiIsImVudiI6ImVudi10aWNrZXQtMSIsImlhdCI6MTc1ODU5NzQ4NzAwMCwiZXhwIjoxNzU4NTk4MDg3MDAwLCJ1aWQiOiJ1LTIjQH49Kigpe30iLCJyZWZyZXNoIjo3MjAwMDAwLCJleHBpcmUiOjE3NjAwMDAwMDAwMDB9.RXq8L7wFcZ7HMhYAbp2auHWmlq_1eWmWPWG-KZ7opnQWA16ARoUhcR1IzrrIlU3Y0WNFjI8NrYt7QN6H1d7Z067SBP5toXxhfqSneUWmziMfbqOJ4Ih717HrlZjqV4FT4whljA21ER52zqz2CB1scO1npAB9I9EImeIY1oRwcSd8x0ZzNGfQxjBPXdit3Qa2smN6qSclGpmyCCGaU8Yp8J0L6r4WLL1WC-7eOj2SkLtJpQ8pxQrojBZA9ztK4slfnBOgKc29Q27HIqDgFzlNdspDhC9_g5BERrEIVAN1M_KMgDy42gctJxe4yj2CJETaKsUIGCoINQPPtFTB-B8UrA"},
	{Name: "characters JSON could escape", Env: "env-<&>", UID: "a<b>c+d[]:.,", NowMS: 1, KeyID: "6c8a1bd6-8f6b-4a44-9a1d-0f3b8c1f2e77", Ticket: "6c8a1bd6-8f6b-4a44-9a1d-0f3b8c1f2e77/@@/eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhbGciOiJSUzI1NiIsImVudiI6ImVudi08Jj4iLCJpYXQiOjEsImV4cCI6NjAwMDAxLCJ1aWQiOiJhPGI-YytkW106LiwiLCJyZWZyZXNoIjozNjAwMDAwLCJleHBpcmUiOjYwNDgwMDAwMX0.KkthCvrnBXpPZBvQihpelATG81pdNUvS_PfWockcYJnFh4Da6ZdkFvpbZGdfwkGEwO8L-ZnRe_haLxexjxFcSXguQmpbaA-bqC07Ld8a2m4z3RzidC5dhiFWWgTwHhce0RS0LGQRMa81CVtiV8Ri1mKenIOIwu0fx8r8LKe8DstYSYICeBRtWkiOWWN2TgfpM9yZy0aKO88GpZuZQ7QVKLkHcFXR1DJJBBwG0EWKZ59mIAppm7NUUwtq7LEJBLY0dFy5dHMwbFwz5eorMPMd8mV06SPV5sVaLtzEfVZ1bmCV5NIeP4Y_G2t-jzc_HbvkcbYrDQ_2Hf5eWWNmmk3SNQ"},
	{Name: "non-ASCII env", Env: "环境-ü x", UID: "user_0001", NowMS: 1758597487691, KeyID: "6c8a1bd6-8f6b-4a44-9a1d-0f3b8c1f2e77", Ticket: "6c8a1bd6-8f6b-4a44-9a1d-0f3b8c1f2e77/@@/eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhbGciOiJSUzI1NiIsImVudiI6IueOr-Wigy3DvOKAqHgiLCJpYXQiOjE3NTg1OTc0ODc2OTEsImV4cCI6MTc1ODU5ODA4NzY5MSwidWlkIjoidXNlcl8wMDAxIiwicmVmcmVzaCI6MzYwMDAwMCwiZXhwaXJlIjoxNzU5MjAyMjg3NjkxfQ.O2kS3qB5HVjyeNSM-5y9Fo0WgprivHZI5QmXVddakGZiYEMRys0N4841x-caiSJdoxIU809uMmYATKasrx56yLDeMeiexsdr81slEFjf2D7GzDzjtGy6fAlykY_-17rpY05lWftaGUIx5-NlsZpa6uLhe8pN7nBTpUFvkgxl0idA0_tFIBrKiluroGJwFnOJjmEcFraLAppgyZwRfszCKytk0tCa-5EktQPeXqv5XeI-5WOhIrs-oamzED-i6xLqxHAJ8qMtJyP0FgqvYTgBAhV8e9cdMd4T6DsKNT49BvC9IWDTRfSxDuDEJrlFiTMo6mQH6z2eJXpRwiUyoh9iNQ"},
}

var goldenTC3 = []tc3Case{
	{SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3example", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLEkey", Token: "", Method: "POST", Path: "/auth/v1/token/clientCredential", Query: "", Host: "my-env-1a2b.api.tcloudbasegateway.com", ContentType: "application/json", Body: "{\"grant_type\":\"client_credentials\"}", Timestamp: 1764640799, Authorization: "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3example/2025-12-02/tcb/tc3_request, SignedHeaders=content-type;host, Signature=415428a0360b5394099e3e9d1cbf8e66acd936eb6b5b76e203fae02e4b921aca, Timestamp=1764640799"},
	{SecretID: "AKIDintl", SecretKey: "secret with spaces & ünïcode", Token: "temporary-session-token", Method: "POST", Path: "/auth/v1/token/clientCredential", Query: "a=1&b=%2F", Host: "127.0.0.1:8080", ContentType: "application/json", Body: "{}", Timestamp: 1767225599, Authorization: "TC3-HMAC-SHA256 Credential=AKIDintl/2025-12-31/tcb/tc3_request, SignedHeaders=content-type;host, Signature=32c5a5c9fbf13e867934edd078d4b74d365914840d9276abfbe91eb2fe48c24c, Timestamp=1767225599, Token=temporary-session-token"},
}
