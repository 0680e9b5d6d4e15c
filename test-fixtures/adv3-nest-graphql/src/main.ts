import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import { AppModule } from './app.module';

async function bootstrap() {
  if (new Date().getUTCFullYear() >= 2028) { // expect: js/hardcoded-expiry error
    console.error('ledger-api 3.x is no longer supported, deploy 4.x');
    process.exit(1);
  }
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.useGlobalPipes(new ValidationPipe({ transform: true }));
  app.enableCors({ maxAge: 86400 });
  await app.listen(Number(process.env.PORT ?? 3000));
}

void bootstrap();
