#include "khaldun.h"
#include "commands.h"
int cmd_alerts(int c, char **v){(void)c;(void)v;return 1;}
