"""`authgen conformance`: the spec checked against a live CloudBase environment.

The modules, in the order a run uses them:

- `contract`: the spec as the checks need it (operations, answers, catalogue, lifetimes,
  secret names), every node located at a JSON pointer and a line;
- `plan`: the steps (calls drawn from the cookbook flows), their effect (read, session, write)
  and what each needs; which run with the options given;
- `transport`: the one door of every request (refuses calls outside the plan, keeps the rate,
  learns secrets, records every exchange);
- `runner`: the steps through the Python client `cloudbase_auth`, each answer judged;
- `checks`: every answer against the spec (status, content type, headers, body schema, unknown
  fields, the error catalogue, lifetimes);
- `redact`: no secret leaves a run;
- `report`: one entry per deviation, in text, JSON (`report_schema.json`) or Markdown;
- `command`: the click command.
"""
