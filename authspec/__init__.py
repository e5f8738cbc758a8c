"""The OpenAPI document read into data, below both the generator and the emulator.

`authspec.reading` answers questions about a parsed spec (operations, `$ref`s, media,
examples, the error catalogue, security by scheme kind). It needs only the standard library,
so `generator` (the `authgen` distribution) and `emulator` (also the `cloudbase-auth-emulator`
distribution, which ships without the generator) both stand on it.
"""
