"""SafeRoute: the application package (plain Python; Rasa adapters live in bot.rasa_plugins)."""
