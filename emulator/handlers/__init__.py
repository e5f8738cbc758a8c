"""Operation handlers, one module per area; importing this package registers them all."""

# One import per line, so areas added in parallel merge cleanly.
from . import account as account
from . import admin as admin
from . import auth as auth
from . import basic_edit as basic_edit
from . import captcha as captcha
from . import contact as contact
from . import devices as devices
from . import oauth_server as oauth_server
from . import providers as providers
from . import sessions as sessions
from . import third_party as third_party
from . import verification as verification
from .registry import HANDLERS, Handler

__all__ = ["HANDLERS", "Handler"]
