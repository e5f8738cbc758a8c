"""Operation handlers, one module per area; importing this package registers them all."""

# One import per line, so areas added in parallel merge cleanly.
from . import account as account
from . import auth as auth
from . import providers as providers
from . import sessions as sessions
from . import verification as verification

# >>> surface group A: handler modules
# isort: split
from . import captcha as captcha
from . import third_party as third_party

# isort: split
# <<< end of surface group A
# >>> surface group B: handler modules
# isort: split
from . import basic_edit as basic_edit
from . import contact as contact
from . import devices as devices
from . import oauth_server as oauth_server

# isort: split
# <<< end of surface group B
# >>> surface group C: handler modules
# isort: split
from . import admin as admin

# <<< end of surface group C
from .registry import HANDLERS, Handler

__all__ = ["HANDLERS", "Handler"]
