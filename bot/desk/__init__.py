"""The counsellors' Telegram desk (python-telegram-bot), on top of bot.handoff."""
